import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedRoutes, isCachedPublicPath } from "@/lib/public/cached-routes";
import { hashPolicy, noncePolicy } from "@/lib/security/content-security-policy.mjs";
import { inlineScriptHashes, isFrameworkInlineScript, reactRuntimeSnippetCount } from "@/lib/security/inline-scripts.mjs";

const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.split(" ")[0] === name);

describe("inline script hashes of a cached page", () => {
  const start = "(self.__next_f=self.__next_f||[]).push([0])";
  const chunk = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<\\/script>"])';
  const turbopack = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]});';

  it("hashes the scripts Next.js writes: payload chunks and Turbopack's chunk list", () => {
    const html = `<head><script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">${turbopack}</script></head><body><script>${start}</script><script>${chunk}</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha(turbopack), sha(start), sha(chunk)]);
  });

  it("gives no hash to any other inline script, so an injected one cannot run", () => {
    for (const code of [
      "alert(1)",
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]);alert(1);self.__next_f.push([1])',
      "self.__next_f.push(alert(1))",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
    ]) {
      expect(inlineScriptHashes(`<body><script>${code}</script></body>`), code).toEqual([]);
    }
  });

  it("recognises React's own runtime for late Suspense boundaries, verbatim, and nothing added to it", () => {
    expect(reactRuntimeSnippetCount).toBeGreaterThan(3);
    const reveal = "requestAnimationFrame(function(){$RT=performance.now()});";
    expect(isFrameworkInlineScript(reveal)).toBe(true);
    expect(isFrameworkInlineScript('$RC("B:0","S:0")')).toBe(true);
    expect(isFrameworkInlineScript('$RX("B:1","digest","message \\"quoted\\"")')).toBe(true);
    expect(isFrameworkInlineScript(`${reveal}alert(1)`)).toBe(false);
    expect(isFrameworkInlineScript('$RC("B:0","S:0");alert(1)')).toBe(false);
    expect(isFrameworkInlineScript('$RC=function(){alert(1)};$RC("B:0","S:0")')).toBe(false);
  });

  it("makes a policy with the hashes and no 'unsafe-inline' or nonce for scripts", () => {
    const policy = hashPolicy(inlineScriptHashes(`<script>${start}</script>`));
    expect(directive(policy, "script-src")).toBe(`script-src 'self' ${sha(start)}`);
    expect(directive(policy, "script-src")).not.toContain("unsafe-inline");
    expect(directive(policy, "style-src-elem")).toBe("style-src-elem 'self'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });
});

describe("policy of a page rendered per request", () => {
  it("allows scripts by nonce (and what they load), never inline or eval in production", () => {
    const policy = noncePolicy("abc123");
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, "style-src-elem")).toBe("style-src-elem 'self' 'nonce-abc123'");
    expect(policy).not.toContain("unsafe-eval");
    expect(noncePolicy("abc123", true)).toContain("'unsafe-eval'");
  });

  it("lets the check-in desk's page compile WebAssembly, and still not eval", () => {
    const policy = noncePolicy("abc123", false, { wasm: true });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(noncePolicy("abc123")).not.toContain("wasm");
  });
});

describe("cached routes", () => {
  const appDir = path.resolve(import.meta.dirname, "../../../app/[locale]");
  /** Every page.tsx under `dir`, as its route (route groups dropped). */
  function routesIn(dir: string, prefix = ""): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isFile()) return entry.name === "page.tsx" ? [prefix] : [];
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      return routesIn(path.join(dir, entry.name), prefix + segment);
    });
  }
  const example = (route: string) => route.replace(/\[[^\]]+\]/g, "2027");

  it("lists exactly the pages in app/[locale]/(cached)", () => {
    expect(routesIn(path.join(appDir, "(cached)")).sort()).toEqual([...cachedRoutes].sort());
  });

  it("recognises each cached page and no other page", () => {
    for (const route of cachedRoutes) expect(isCachedPublicPath(example(route)), route).toBe(true);
    const others = readdirSync(appDir).filter((name) => name !== "(cached)" && !name.endsWith(".tsx"));
    const otherRoutes = others.flatMap((name) => routesIn(path.join(appDir, name), /^\(.*\)$/.test(name) ? "" : `/${name}`));
    expect(otherRoutes).toContain("/policy-statements");
    for (const route of otherRoutes.filter((r) => !r.includes("[..."))) expect(isCachedPublicPath(example(route)), route).toBe(false);
  });
});
