// Which inline scripts of a rendered page are the framework's own, and their CSP hashes. Only
// these may run on a cached page (lib/security/cache-handler.mjs): a script that is anything else
// (markup injected through a rendering bug, say) gets no hash and is refused by the browser.
// Plain JavaScript, loaded by `next start` itself; types in inline-scripts.d.mts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Next.js: the RSC payload, pushed in chunks whose argument is JSON, and Turbopack's chunk list.
const NEXT_F_START = "(self.__next_f=self.__next_f||[]).push([0])";
const NEXT_F_PUSH = /^self\.__next_f\.push\((.*)\)$/s;
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((.*)\);?$/s;

// React: when a Suspense boundary completes after the shell, React writes its small runtime
// ($RB, $RC, $RS, $RX ...) followed by calls with string arguments, e.g. $RC("B:0","S:0"). The
// runtime is taken verbatim from the React that renders the pages (Next.js's compiled copy),
// so a script matches only if its code is exactly React's.
const REACT_CALLS = /^(?:\$R[A-Za-z]+\((?:"(?:[^"\\<]|\\.)*"|null|-?\d+)(?:,(?:"(?:[^"\\<]|\\.)*"|null|-?\d+))*\);?)*$/s;
const require = createRequire(import.meta.url);

function addLiteral(snippets, jsonText) {
  try {
    snippets.add(JSON.parse(`"${jsonText}"`));
  } catch {
    // not a plain string literal: not one of the runtime's scripts
  }
}

function reactRuntimeSnippets() {
  const snippets = new Set();
  for (const build of ["react-dom", "react-dom-experimental"]) {
    let source;
    try {
      source = readFileSync(require.resolve(`next/dist/compiled/${build}/cjs/react-dom-server.node.production.js`), "utf8");
    } catch {
      continue;
    }
    const start = String.raw`(?:\$R[A-Za-z]+=|requestAnimationFrame\(function\(\)\{\$RT)`;
    // the literal's text as JSON: an escaped quote of the other kind stays one, a bare " is escaped
    for (const [, text] of source.matchAll(new RegExp(String.raw`'(${start}(?:[^'\\]|\\.)*)'`, "g")))
      addLiteral(snippets, text.replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"'));
    for (const [, text] of source.matchAll(new RegExp(String.raw`"(${start}(?:[^"\\]|\\.)*)"`, "g"))) addLiteral(snippets, text);
  }
  // longest first, so a snippet that begins another is tried after it
  return [...snippets].sort((a, b) => b.length - a.length);
}
const REACT_RUNTIME = reactRuntimeSnippets();

function isJsonArgument(argument) {
  try {
    const value = JSON.parse(argument);
    return typeof value === "object" && value !== null;
  } catch {
    return false;
  }
}

function isReactInstruction(code) {
  let rest = code;
  for (let matched = true; matched && rest;) {
    matched = false;
    for (const snippet of REACT_RUNTIME) {
      if (rest.startsWith(snippet)) {
        rest = rest.slice(snippet.length);
        matched = true;
        break;
      }
    }
  }
  return rest !== code ? REACT_CALLS.test(rest) : /^\$R[A-Za-z]+\(/.test(code) && REACT_CALLS.test(code);
}

/** True for an inline script that Next.js or React wrote into a page. */
export function isFrameworkInlineScript(code) {
  if (code === NEXT_F_START) return true;
  const argument = NEXT_F_PUSH.exec(code)?.[1] ?? TURBOPACK_CHUNKS.exec(code)?.[1];
  if (argument !== undefined) return isJsonArgument(argument);
  return isReactInstruction(code);
}

const INLINE_SCRIPT = /<script((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*>([^]*?)<\/script>/g;

/**
 * The CSP hash sources ('sha256-…') of the framework's inline scripts in `html`. Scripts with a
 * `src` are the portal's own files, allowed by 'self'.
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, code] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc=/.test(attributes) || !isFrameworkInlineScript(code)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** React's runtime snippets found (for tests). */
export const reactRuntimeSnippetCount = REACT_RUNTIME.length;
