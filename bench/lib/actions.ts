// Calling a server action over HTTP as the browser's script does: a POST to the page with the
// `Next-Action` header (the action's id from the build's server-reference manifest) and the
// arguments (bound ones first) encoded by React's encodeReply, the same encoder the client uses.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
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

/**
 * Posts `args` (bound arguments, the previous state, then the FormData) to the action on `pagePath`.
 * `acceptEncoding`: as a browser, the default, asks for gzip; `null` sends no Accept-Encoding, as
 * the cache front (deploy/) forwards a POST: the instance answers uncompressed and the front
 * compresses. (Node's fetch cannot leave the header out, hence node:http.)
 */
export async function callAction(
  base: string,
  pagePath: string,
  id: string,
  args: unknown[],
  cookie: string,
  timeoutMs = 15_000,
  acceptEncoding: string | null = "gzip, deflate",
): Promise<ActionOutcome> {
  // the body and its content type as fetch would send them (multipart when there is a FormData)
  const encoded = new Response(await encodeReply(args));
  const body = Buffer.from(await encoded.arrayBuffer());
  const started = performance.now();
  const headers: Record<string, string> = {
    "Next-Action": id,
    Accept: "text/x-component",
    Origin: base,
    Cookie: cookie,
    "Content-Type": encoded.headers.get("content-type") ?? "text/plain;charset=UTF-8",
    "Content-Length": String(body.length),
    ...(acceptEncoding === null ? {} : { "Accept-Encoding": acceptEncoding }),
  };
  const {
    status,
    headers: answered,
    raw,
  } = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: Buffer }>((resolve, reject) => {
    const request = http.request(base + pagePath, { method: "POST", headers, signal: AbortSignal.timeout(timeoutMs) }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, raw: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
  const encoding = answered["content-encoding"];
  const text = (encoding === "gzip" ? zlib.gunzipSync(raw) : encoding === "deflate" ? zlib.inflateSync(raw) : raw).toString("utf8");
  const ms = performance.now() - started;
  const errorCode = /"status":"error","code":"([A-Z_]+)"/.exec(text)?.[1] ?? null;
  const redirect = answered["x-action-redirect"];
  return { status, redirect: typeof redirect === "string" ? redirect : null, errorCode, ms };
}

/** FormData from a plain object (arrays become repeated fields). */
export function formData(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) fd.append(k, x);
  return fd;
}
