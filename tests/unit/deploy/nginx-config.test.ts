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

  test("fills every placeholder", () => {
    expect(conf).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(conf).toContain("server 127.0.0.1:3001");
  });
});
