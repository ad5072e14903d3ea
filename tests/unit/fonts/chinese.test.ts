import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { chineseFontSlice, chineseFontStylesheet, chineseFontVersion } from "@/lib/fonts/chinese";
import { chineseFontFamily, chineseFontHref } from "@/lib/fonts/chinese-href";

describe("the Chinese web font", () => {
  test("its URL carries the installed package's version", () => {
    const pkg = JSON.parse(readFileSync("node_modules/@fontsource-variable/noto-sans-sc/package.json", "utf8")) as { version: string };
    expect(chineseFontVersion).toBe(pkg.version);
    expect(chineseFontHref).toBe(`/fonts/noto-sans-sc/${pkg.version}/wght.css`);
  });

  test("the stylesheet declares every slice by unicode-range, next to the stylesheet", async () => {
    const css = await chineseFontStylesheet();
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(90);
    for (const face of faces) {
      expect(face).toContain(`font-family:'${chineseFontFamily}'`);
      expect(face).toMatch(/src:url\(\.\/noto-sans-sc-\d+-wght-normal\.woff2\)/);
      expect(face).toMatch(/unicode-range:U\+/);
    }
    expect(css).not.toContain("/*");
    // smaller than the package's file: comments and blanks are gone
    expect(css.length).toBeLessThan(readFileSync("node_modules/@fontsource-variable/noto-sans-sc/wght.css", "utf8").length);
  });

  test("serves the slices the stylesheet names, and nothing else", async () => {
    const names = [...(await chineseFontStylesheet()).matchAll(/url\(\.\/([^)]+)\)/g)].map((m) => m[1]);
    const slice = await chineseFontSlice(names[0]);
    expect(slice?.subarray(0, 4).toString("latin1")).toBe("wOF2");
    expect(await chineseFontSlice("../package.json")).toBeNull();
    expect(await chineseFontSlice("noto-sans-sc-999-wght-normal.woff2")).toBeNull();
    expect(await chineseFontSlice("wght.css")).toBeNull();
  });
});
