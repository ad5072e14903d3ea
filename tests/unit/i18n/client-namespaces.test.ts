import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe("messages sent to the browser", () => {
  const files = ["app", "components", "lib"].flatMap((d) => sourceFiles(path.resolve(d)));
  const calls = files.flatMap((file) =>
    [...fs.readFileSync(file, "utf8").matchAll(/useTranslations\(([^)]*)\)/g)].map((m) => ({ file: path.relative(process.cwd(), file), arg: m[1].trim() })),
  );

  test("every useTranslations call names its namespace literally (so it can be found)", () => {
    expect(calls.filter((c) => !/^["'][\w.]+["']$/.test(c.arg)).map((c) => `${c.file}: useTranslations(${c.arg})`)).toEqual([]);
  });

  test("lib/i18n/client-namespaces.ts lists exactly the namespaces read with useTranslations", () => {
    const used = [...new Set(calls.map((c) => c.arg.slice(1, -1).split(".")[0]))].sort();
    expect([...clientNamespaces].sort()).toEqual(used);
  });
});
