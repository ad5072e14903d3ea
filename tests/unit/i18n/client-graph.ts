// The import graph of app/, components/ and lib/ as the browser sees it: which message namespaces
// the client modules reachable from a file read with useTranslations. Used by the client-messages
// test to check that every page hands its client components the namespaces they read.
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const importRe = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm;

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const sources = new Map<string, string>();
const read = (file: string) => {
  let text = sources.get(file);
  if (text === undefined) sources.set(file, (text = fs.readFileSync(file, "utf8")));
  return text;
};

export const isClientModule = (file: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(read(file));

export function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of read(file).matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (/^\s*import\s+type\s/.test(m[0]) || /^\s*export\s+type\s/.test(m[0])) continue;
    const resolved = spec ? resolve(file, spec) : null;
    if (resolved) out.push(resolved);
  }
  return out;
}

const namespacesIn = (file: string) => [...read(file).matchAll(/useTranslations\(\s*["']([\w]+)[\w.]*["']\s*\)/g)].map((m) => m[1]);

/** The namespaces read by client modules reachable from `entry` (the entry itself included if it is one). */
export function clientNamespacesOf(entry: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, client: boolean) => {
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const inClient = client || isClientModule(file);
    if (inClient) for (const ns of namespacesIn(file)) found.add(ns);
    for (const dep of importsOf(file)) walk(dep, inClient);
  };
  walk(path.resolve(entry), false);
  return found;
}

/** The namespaces a file declares with <ClientMessages namespaces={[...]}>, and the server modules it imports declare. */
export function declaredNamespacesOf(entry: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || isClientModule(file)) return;
    seen.add(file);
    for (const m of read(file).matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)) for (const ns of m[1].matchAll(/["'](\w+)["']/g)) found.add(ns[1]);
    for (const dep of importsOf(file)) walk(dep);
  };
  walk(path.resolve(entry));
  return found;
}

export function routeFiles(dir = path.join(root, "app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return /^(page|layout|template|not-found|error|loading|default|global-error|forbidden|unauthorized)\.tsx$/.test(e.name) ? [full] : [];
  });
}
