import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, test } from "vitest";
import { messageAreas } from "@/lib/i18n/messages";
import { defaultLocale, locales } from "@/lib/i18n/locales";

const dir = path.resolve("lib/i18n/messages");
const read = (area: string, locale: string) => JSON.parse(fs.readFileSync(path.join(dir, `${area}.${locale}.json`), "utf8"));

/** "Nav.home" -> "Home" for every leaf. */
function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}

/** The ICU argument names of a message ({email}, {count, plural, ...}), from its parsed form. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (node.type !== TYPE.literal && node.type !== TYPE.pound && "value" in node && typeof node.value === "string") names.add(node.value);
      if ("options" in node) for (const option of Object.values(node.options)) walk(option.value);
      if ("children" in node) walk(node.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe("translation files", () => {
  test("every area has a file per language and nothing else is in the folder", () => {
    const expected = messageAreas.flatMap((a) => locales.map((l) => `${a}.${l}.json`)).sort();
    const actual = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect(actual).toEqual(expected);
  });

  test("namespaces are not defined in two areas", () => {
    const seen = new Map<string, string>();
    for (const area of messageAreas) {
      for (const ns of Object.keys(read(area, defaultLocale))) {
        expect(seen.get(ns), `namespace ${ns} in ${area} and ${seen.get(ns)}`).toBeUndefined();
        seen.set(ns, area);
      }
    }
  });

  for (const area of messageAreas) {
    const english = leaves(read(area, defaultLocale));
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      test(`${area}.${locale}.json has exactly the English keys, with the same arguments, none left empty`, () => {
        const other = leaves(read(area, locale));
        expect(
          [...other.keys()].filter((k) => !english.has(k)),
          "extra keys",
        ).toEqual([]);
        expect(
          [...english.keys()].filter((k) => !other.has(k)),
          "missing keys",
        ).toEqual([]);
        for (const [key, text] of english) {
          expect(argumentsOf(other.get(key)!), `arguments of ${key}`).toEqual(argumentsOf(text));
          expect(other.get(key)!.trim(), `empty ${key}`).not.toBe("");
        }
      });
    }
  }
});
