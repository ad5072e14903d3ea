import { describe, expect, test } from "vitest";
import { ECHO_TOTAL_MAX_CHARS, ECHO_VALUE_MAX_CHARS, echoValues } from "@/lib/actions/form-data";

const form = (entries: [string, string | Blob][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("echoValues", () => {
  test("echoes what was typed, repeated keys as arrays, without files, action ids or omitted keys", () => {
    const fd = form([
      ["title", "Hello"],
      ["sdg", "3"],
      ["sdg", "5"],
      ["file", new Blob(["x"])],
      ["$ACTION_ID_1", ""],
      ["secret", "s"],
    ]);

    expect(echoValues(fd, ["secret"])).toEqual({ title: "Hello", sdg: ["3", "5"] });
  });

  test("a 5 MB text field comes back as at most the longest value any form accepts", () => {
    const fd = form([
      ["body", "a".repeat(5 * 1024 * 1024)],
      ["title", "kept"],
    ]);

    const echoed = echoValues(fd);

    expect((echoed.body as string).length).toBe(ECHO_VALUE_MAX_CHARS);
    expect(echoed.title).toBe("kept");
    expect(JSON.stringify(echoed).length).toBeLessThan(ECHO_TOTAL_MAX_CHARS + 100);
  });

  test("many large fields together stay within the total budget; later ones are cut, then left out", () => {
    const big = "b".repeat(300_000);
    const fd = form([
      ["a", big],
      ["b", big],
      ["c", big],
      ["d", "small"],
    ]);

    const echoed = echoValues(fd);

    expect((echoed.a as string).length).toBe(300_000);
    expect((echoed.b as string).length).toBe(ECHO_TOTAL_MAX_CHARS - 300_000);
    expect(echoed).not.toHaveProperty("c");
    expect(echoed).not.toHaveProperty("d");
    const total = Object.values(echoed)
      .flat()
      .reduce((n, v) => n + v.length, 0);
    expect(total).toBe(ECHO_TOTAL_MAX_CHARS);
  });

  test("the budget applies to each entry of a repeated key", () => {
    const fd = form([
      ["tag", "x".repeat(8)],
      ["tag", "y".repeat(8)],
      ["tag", "z".repeat(8)],
    ]);

    expect(echoValues(fd, [], { maxValueChars: 5, maxTotalChars: 12 })).toEqual({ tag: ["xxxxx", "yyyyy", "zz"] });
  });

  test("a cut never leaves half of a character outside the Basic Multilingual Plane", () => {
    const fd = form([["name", "ab😀cd"]]);

    expect(echoValues(fd, [], { maxValueChars: 3 })).toEqual({ name: "ab" });
    expect(echoValues(fd, [], { maxValueChars: 4 })).toEqual({ name: "ab😀" });
  });
});
