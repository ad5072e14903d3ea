import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import * as PrismaEnums from "@/lib/generated/prisma/enums";
import { enumLabel, enumOptions, type EnumLabelKey } from "@/lib/i18n/enum-labels";
import { locales } from "@/lib/i18n/locales";

const read = (locale: string) =>
  JSON.parse(fs.readFileSync(path.resolve(`lib/i18n/messages/enums.${locale}.json`), "utf8")).Enum as Record<string, Record<string, string>>;
const prismaEnums = Object.entries(PrismaEnums).filter(([, v]) => v && typeof v === "object") as [string, Record<string, string>][];

describe("enum labels", () => {
  test("the generated client has the enums of schema.prisma", () => {
    const schema = fs.readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
    expect(prismaEnums.map(([name]) => name).sort()).toEqual([...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]).sort());
  });

  test.each(locales)("every value of every Prisma enum has a label in %s, and nothing else is there", (locale) => {
    const labels = read(locale);
    expect(Object.keys(labels).sort()).toEqual(prismaEnums.map(([name]) => name).sort());
    for (const [name, values] of prismaEnums) {
      expect(Object.keys(labels[name]!).sort(), name).toEqual(Object.values(values).sort());
      for (const value of Object.values(values)) {
        const label = labels[name]![value];
        expect(label?.trim(), `${name}.${value}`).toBeTruthy();
        expect(label, `${name}.${value} shows its raw code`).not.toBe(value);
      }
    }
  });

  test("labels are read from the Enum namespace under the enum's name", () => {
    const en = read("en");
    const t = (key: EnumLabelKey) => {
      const [name, value] = key.split(".");
      return en[name!]![value!]!;
    };
    expect(enumLabel(t, "ParticipantRole", "LEAD_ORGANISER")).toBe("Lead organiser");
    expect(enumLabel(t, "Gender", "FEMALE")).toBe("Woman");
    expect(enumOptions(t, "Attendance")).toEqual([
      { value: "ON_SITE", label: "On site in Geneva" },
      { value: "REMOTE", label: "Remotely" },
    ]);
  });
});
