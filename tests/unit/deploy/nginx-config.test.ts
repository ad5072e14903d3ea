import { describe, expect, test } from "vitest";
import { renderNginxConfig } from "../../../deploy/topology";

describe("the cache front's nginx configuration", () => {
  const conf = renderNginxConfig({ port: 8080, upstreams: [3001, 3002], runDir: "/tmp/wsis-front-test" });

  test("never corks responses: with tcp_nopush every gzip cache hit after the first on a kept-alive connection waited 40 ms", () => {
    // measured by bench/front-pages.ts: 728 req/s on every page with it (32 connections, 44 ms
    // each), thousands without; the timing itself belongs to the benchmark, not to a test
    const directives = conf.split("\n").filter((line) => /^\s*tcp_nopush\b/.test(line));
    expect(directives).toEqual(["  tcp_nopush off;"]);
  });

  test("a page from the cache leaves in one write: headers held with the body, no sendfile for pages", () => {
    // a page's headers (~1.8 KB with its CSP) went out alone past the default postpone_output of
    // 1,460 bytes, then the chunk size, the body (sendfile) and the last chunk: four writes and
    // four TCP segments per hit (bench/front-pages.ts measures the difference; the e2e
    // cache-front test checks the pages' headers stay under the limit)
    expect(conf).toMatch(/^\s*postpone_output 8k;/m);
    const pages = /\n    location \/ \{([\s\S]*?)\n    \}/.exec(conf)?.[1] ?? "";
    expect(pages).toMatch(/^\s*sendfile off;/m);
    expect(pages).toContain("proxy_cache pages;");
    // the build's static files, large, still go by sendfile
    const statics = /\n    location \/_next\/static\/ \{([\s\S]*?)\n    \}/.exec(conf)?.[1] ?? "";
    expect(statics).toContain("proxy_cache pages;");
    expect(statics).not.toMatch(/sendfile off/);
    expect(conf).toMatch(/^\s*sendfile on;/m);
    // the hit's open, stat and close are kept for the pages most asked for; a replaced file is
    // seen within a second
    expect(conf).toMatch(/^\s*open_file_cache max=\d+ inactive=\d+s;/m);
    expect(conf).toMatch(/^\s*open_file_cache_valid 1s;/m);
  });

  test("keeps the anonymous session answer, never one of a visitor with a session or credentials", () => {
    // every cached page asks for the session once per load (components/layout/use-visitor.ts):
    // without a session cookie the answer is null for everyone, and the instances need not see it
    const session = /\n    location = \/api\/auth\/session \{([\s\S]*?)\n    \}/.exec(conf)?.[1] ?? "";
    expect(session).toContain("proxy_cache pages;");
    expect(session).toMatch(/^\s*proxy_cache_methods GET HEAD;/m);
    // the key holds no query string: a request with one is neither served from nor stored in it
    expect(session).toMatch(/^\s*proxy_cache_key "\$scheme\$http_host\$uri\|\$upstream_encoding";/m);
    for (const directive of ["proxy_cache_bypass", "proxy_no_cache"]) {
      const line = new RegExp(`^\\s*${directive} (.*);`, "m").exec(session)?.[1].split(/\s+/) ?? [];
      expect(line.sort(), directive).toEqual(["$has_authorization", "$is_args", "$signed_in"]);
    }
    // kept a minute though the app says no-store to browsers; Set-Cookie is not ignored, so an
    // answer that sets a cookie is never kept
    expect(session).toMatch(/^\s*proxy_ignore_headers Cache-Control Expires;/m);
    expect(session).toMatch(/^\s*proxy_cache_valid 200 60s;/m);
    // the same cookie test as the pages': Auth.js's session cookie, plain or __Secure-
    const signedIn = /map \$http_cookie \$signed_in \{[^}]*"~\*([^"]+)" 1;/.exec(conf)?.[1] ?? "";
    const re = new RegExp(signedIn, "i");
    expect(re.test("authjs.session-token=abc")).toBe(true);
    expect(re.test("NEXT_LOCALE=fr; __Secure-authjs.session-token=abc")).toBe(true);
    expect(re.test("NEXT_LOCALE=fr")).toBe(false);
    expect(re.test("authjs.csrf-token=abc")).toBe(false);
  });

  test("fills every placeholder", () => {
    expect(conf).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(conf).toContain("server 127.0.0.1:3001");
  });

  test("asks the app for gzip only for what the front keeps; signed-in pages and POSTs are compressed by nginx", () => {
    const map = /map "\$request_method:\$signed_in\$has_authorization:\$client_gzip:\$uri" \$upstream_encoding \{([^}]*)\}/.exec(conf)?.[1];
    expect(map).toBeDefined();
    const patterns = [...map!.matchAll(/"~([^"]+)"\s+"gzip"/g)].map((m) => new RegExp(m[1]));
    // the map's source string, as nginx builds it for a request
    const upstream = (method: string, signedIn: 0 | 1, authorization: 0 | 1, gzip: boolean, uri: string) =>
      patterns.find((re) => re.test(`${method}:${signedIn}${authorization}:${gzip ? "gzip" : ""}:${uri}`)) ? "gzip" : "";
    expect(upstream("GET", 0, 0, true, "/en/forums/2027/agenda")).toBe("gzip");
    expect(upstream("HEAD", 0, 0, true, "/en")).toBe("gzip");
    expect(upstream("GET", 0, 0, false, "/en")).toBe("");
    expect(upstream("GET", 1, 0, true, "/en/consultation")).toBe("");
    expect(upstream("GET", 0, 1, true, "/en/consultation")).toBe("");
    expect(upstream("POST", 0, 0, true, "/en/sign-in")).toBe("");
    expect(upstream("POST", 1, 0, true, "/en/invitations/x")).toBe("");
    expect(upstream("GET", 1, 0, true, "/_next/static/chunks/a.js")).toBe("gzip");
    expect(upstream("GET", 1, 0, false, "/_next/static/chunks/a.js")).toBe("");
    expect(conf).toMatch(/^\s*gzip on;/m);
    expect(conf).toMatch(/^\s*gzip_proxied any;/m);
  });
});
