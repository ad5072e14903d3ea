import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/vocabulary";
import { locales } from "@/lib/i18n/locales";

const labels = (locale: string) =>
  JSON.parse(fs.readFileSync(path.resolve(`lib/i18n/messages/admin.${locale}.json`), "utf8")).AuditAction as Record<string, Record<string, string>>;

test.each(locales)("every audit action has a label in %s, and nothing else is there", (locale) => {
  const byAction = Object.entries(labels(locale)).flatMap(([subject, verbs]) =>
    Object.entries(verbs).map(([verb, label]) => [`${subject}.${verb}`, label] as const),
  );
  expect(byAction.map(([action]) => action).sort()).toEqual([...AUDIT_ACTIONS].sort());
  for (const [action, label] of byAction) {
    expect(label.trim(), action).toBeTruthy();
    expect(label, `${action} shows its raw code`).not.toBe(action);
  }
});
