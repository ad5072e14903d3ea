import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { clientNamespaces, shellNamespaces } from "@/lib/i18n/client-namespaces";
import { clientNamespacesOf, declaredNamespacesOf, routeFiles } from "./client-graph";

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

  test("every page sends the namespaces its client components read (the shell's, or its own <ClientMessages>)", () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThan(50);
    // a page inherits what its layouts declare
    const layoutsOf = (file: string) => routes.filter((r) => path.basename(r) === "layout.tsx" && file.startsWith(path.dirname(r) + path.sep));
    const missing = routes.flatMap((file) => {
      const declared = new Set<string>([...shellNamespaces, ...[file, ...layoutsOf(file)].flatMap((f) => [...declaredNamespacesOf(f)])]);
      return [...clientNamespacesOf(file)].filter((ns) => !declared.has(ns)).map((ns) => `${path.relative(process.cwd(), file)}: ${ns}`);
    });
    expect(missing).toEqual([]);
  });

  test("the graph finds a page's client namespaces through server components (it can fail)", () => {
    const page = path.resolve("app/[locale]/(account)/consultation/submissions/[id]/page.tsx");
    expect([...clientNamespacesOf(page)]).toEqual(expect.arrayContaining(["SubmissionForm", "WorkshopForm", "NominationForm", "SubmissionPage"]));
    expect(
      [...clientNamespacesOf(path.resolve("app/[locale]/(cached)/page.tsx"))].filter((ns) => !(shellNamespaces as readonly string[]).includes(ns)),
    ).toEqual([]);
  });
});
