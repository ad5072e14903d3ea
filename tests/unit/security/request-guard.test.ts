import { describe, expect, test } from "vitest";
import { refuseUnsafeRequest, requestRefusal } from "@/lib/security/request-guard";
import { MAX_REQUEST_BYTES } from "@/lib/security/request-limits";
import nextConfig from "@/next.config";

const post = (headers: Record<string, string>, method = "POST", url = "http://portal.example/fr/profile") =>
  new Request(url, { method, headers: { host: "portal.example", ...headers } });

describe("requestRefusal", () => {
  test.each([
    ["a same-site POST", {}, null],
    ["a POST at the limit", { "content-length": String(MAX_REQUEST_BYTES) }, null],
    ["a POST one byte over the limit", { "content-length": String(MAX_REQUEST_BYTES + 1) }, 413],
    ["a malformed Content-Length", { "content-length": "lots" }, 413],
    ["an Origin of the same host", { origin: "http://portal.example" }, null],
    ["an Origin matching the forwarded host", { origin: "https://public.example", "x-forwarded-host": "public.example, internal" }, null],
    ["a foreign Origin", { origin: "https://evil.example" }, 403],
    ["our host on another port", { origin: "http://portal.example:8080" }, 403],
    ["Origin null (sandboxed frame)", { origin: "null" }, 403],
    ["an oversized foreign request (size first)", { origin: "https://evil.example", "content-length": String(MAX_REQUEST_BYTES * 2) }, 413],
  ])("%s -> %s", (_name, headers, expected) => {
    expect(requestRefusal(post(headers))).toBe(expected);
  });

  test("GET and HEAD are never refused", () => {
    expect(requestRefusal(post({ origin: "https://evil.example" }, "GET"))).toBeNull();
    expect(requestRefusal(post({ origin: "https://evil.example" }, "HEAD"))).toBeNull();
  });

  test("server actions get the same limit as their bodySizeLimit", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_REQUEST_BYTES);
  });
});

describe("refuseUnsafeRequest", () => {
  test("a form posted without JavaScript gets a page in the language of its path", async () => {
    const res = refuseUnsafeRequest(post({ accept: "text/html", "content-length": String(MAX_REQUEST_BYTES + 1) }))!;

    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain("Le formulaire était trop volumineux pour être envoyé");
    expect(html).toContain("6 Mo");
    expect(html).toContain('<a href="/fr/profile">Retour au formulaire</a>');
  });

  test("Arabic pages are right-to-left", async () => {
    const res = refuseUnsafeRequest(post({ accept: "text/html", origin: "https://evil.example" }, "POST", "http://portal.example/ar/sign-in"))!;

    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<html lang="ar" dir="rtl">');
  });

  test("a server action called from script gets the sentence as text/plain", async () => {
    const res = refuseUnsafeRequest(
      post({ accept: "text/x-component", "next-action": "abc", origin: "https://evil.example" }, "POST", "http://portal.example/en/sign-in"),
    )!;

    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("text/plain");
    expect(await res.text()).toMatch(/^This form was sent from another site\. /);
  });

  test("an accepted request goes on", () => {
    expect(refuseUnsafeRequest(post({ origin: "http://portal.example" }))).toBeNull();
  });
});
