import { describe, expect, test } from "vitest";
import { fieldNameOf, formToObject } from "@/lib/actions/form-data";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("repeated rows", () => {
  test("keyed fields become rows in the order the form listed them, each with its key", () => {
    const raw = formToObject(
      form([
        ["speakers[x7].name", "Ana"],
        ["speakers[x7].sdgs", "4"],
        ["speakers[x7].sdgs", "9"],
        ["speakers[a1].name", "Li"],
        ["title", "T"],
      ]),
    );

    expect(raw).toEqual({
      title: "T",
      speakers: [
        { key: "x7", name: "Ana", sdgs: ["4", "9"] },
        { key: "a1", name: "Li" },
      ],
    });
  });

  test("a blank row is dropped before the schema numbers the rows; a preselected choice alone does not make a row", () => {
    const entries: [string, string][] = [
      ["members[a].name", "Head"],
      ["members[a].attendance", "ON_SITE"],
      ["members[b].name", " "],
      ["members[b].attendance", "ON_SITE"],
      ["members[c].name", "Third"],
    ];

    expect(formToObject(form(entries), { rows: { members: ["name"] } }).members).toEqual([
      { key: "a", name: "Head", attendance: "ON_SITE" },
      { key: "c", name: "Third" },
    ]);
    expect((formToObject(form(entries)).members as unknown[]).length).toBe(3);
  });

  test("an issue on the second row given to the schema is named after that row's key, not its number", () => {
    const raw = formToObject(
      form([
        ["members[a].name", "Head"],
        ["members[b].name", ""],
        ["members[c].name", "Third"],
      ]),
    );

    expect(fieldNameOf(["members", 1, "email"], raw)).toBe("members[c].email");
    expect(fieldNameOf(["members"], raw)).toBe("members");
    expect(fieldNameOf(["title"], raw)).toBe("title");
    expect(fieldNameOf([], raw)).toBe("_form");
    expect(fieldNameOf(["members", 7, "email"], raw)).toBe("members.7.email");
  });

  test("names that only look like rows stay plain fields", () => {
    expect(
      formToObject(
        form([
          ["a[b]", "1"],
          ["members[bad key].name", "x"],
          ["x.y", "2"],
        ]),
      ),
    ).toEqual({ "a[b]": "1", "members[bad key].name": "x", "x.y": "2" });
  });
});
