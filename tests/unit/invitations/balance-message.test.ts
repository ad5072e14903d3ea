import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { locales, type Locale } from "@/lib/i18n/locales";

function sentence(locale: Locale, women: number, total: number, share: string): string {
  const file = path.resolve(`lib/i18n/messages/invitations.${locale}.json`);
  const messages = JSON.parse(fs.readFileSync(file, "utf8")) as { InvitationRespond: { balance: string } };
  return createTranslator({ locale, messages, namespace: "InvitationRespond" })("balance", { women, total, share });
}

describe("the delegation's gender balance sentence", () => {
  test("with nobody named yet it says so, and nothing about women (it read 'No woman among no delegates named yet')", () => {
    expect(sentence("en", 0, 0, "0 %")).toBe("No delegates named yet.");
    expect(sentence("en", 2, 3, "67 %")).toBe("2 women among 3 delegates (67 %).");
    expect(sentence("en", 0, 1, "0 %")).toBe("No woman among 1 delegate (0 %).");
  });

  test.each(locales)("%s: the empty sentence differs from the counted one and leaves no placeholder", (locale) => {
    const format = (women: number, total: number) => sentence(locale, women, total, "SHARE");
    const empty = format(0, 0);
    expect(empty).not.toContain("SHARE");
    expect(empty).not.toMatch(/[{}#]/);
    expect(format(2, 3)).toContain("SHARE");
    expect(format(2, 3)).toMatch(/3/);
    expect(format(2, 3)).not.toMatch(/[{}#]/);
  });
});
