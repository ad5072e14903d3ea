// Calling a server action over HTTP as the browser's script does: a POST to the page with the
// `Next-Action` header (the action's id from the build's server-reference manifest) and the
// arguments (bound ones first) encoded by React's encodeReply, the same encoder the client uses.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { root } from "./harness.ts";

const require = createRequire(path.join(root, "package.json"));
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply(value: unknown): Promise<FormData | string>;
};

/** The id of an exported action (e.g. "saveDelegationAction" of lib/invitations/actions/delegate.ts) in a build. */
export function actionId(distDir: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`${filename}#${exportedName} is not in ${distDir}'s server-reference manifest`);
  return found[0];
}

export interface ActionOutcome {
  status: number;
  /** where the action sent the browser (x-action-redirect), when it succeeded with a redirect */
  redirect: string | null;
  /** the form state's error code, when the action answered with one */
  errorCode: string | null;
  ms: number;
}

/** Posts `args` (bound arguments, the previous state, then the FormData) to the action on `pagePath`. */
export async function callAction(base: string, pagePath: string, id: string, args: unknown[], cookie: string, timeoutMs = 15_000): Promise<ActionOutcome> {
  const body = await encodeReply(args);
  const started = performance.now();
  const response = await fetch(base + pagePath, {
    method: "POST",
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: base, Cookie: cookie },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const errorCode = /"status":"error","code":"([A-Z_]+)"/.exec(text)?.[1] ?? null;
  return { status: response.status, redirect: response.headers.get("x-action-redirect"), errorCode, ms };
}

/** FormData from a plain object (arrays become repeated fields). */
export function formData(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) fd.append(k, x);
  return fd;
}
