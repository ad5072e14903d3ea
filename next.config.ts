import type { NextConfig } from "next";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BYTES } from "./lib/security/request-limits";
import { locales } from "./lib/i18n/locales";
import { agendaFilterRewrites } from "./lib/agenda/filter-rewrites";
import { checkInDeskPath, permissionsPolicy, securityHeaders } from "./lib/security/content-security-policy.mjs";

// Responses that are not pages (route handlers, files, a not-found for a path with an extension)
// run no script; styles and fonts stay so a not-found page still looks like the site.
const noIndex = { key: "X-Robots-Tag", value: "noindex, nofollow" };
const privateAreas = ["admin", "account", "consultation", "invitations", "invitation", "profile", "sign-in", "dev", "focal-point"];

const filePolicy = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const nextConfig: NextConfig = {
  // a separate build directory lets several builds (e.g. parallel test runs) coexist
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project in its own step first; its build skips the repeat
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  // forbidden() from next/navigation: a 403 page for signed-in users without the role
  experimental: {
    authInterrupts: true,
    // uploads (contributions up to 5 MB, statement PDFs) go through server actions (default 1 MB);
    // the proxy answers a larger declared body with 413 before Next reads it
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
  },
  // Cached pages keep, with each rendering, a Content-Security-Policy of the hashes of its inline
  // scripts (pages rendered per request get a nonce from proxy.ts instead)
  cacheHandler: path.resolve("lib/security/cache-handler.mjs"),
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // the check-in desk scans badges with the device camera: allowed to that page only (a later
      // rule for the same header wins)
      { source: `/:locale(${locales.join("|")})${checkInDeskPath}`, headers: [{ key: "Permissions-Policy", value: permissionsPolicy({ camera: "self" }) }] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: filePolicy }, noIndex] },
      // signed-in, secretariat and sign-in pages: kept out of search engines without listing them
      // in the public robots.txt
      { source: `/:locale(${locales.join("|")})/:area(${privateAreas.join("|")})/:path*`, headers: [noIndex] },
      // any path with an extension: /favicon.ico, /robots.txt, /_next/static/…, agenda.ics
      { source: "/:path*/:file(.*\\.[A-Za-z0-9]+)", headers: [{ key: "Content-Security-Policy", value: filePolicy }] },
      { source: "/:file(.*\\.[A-Za-z0-9]+)", headers: [{ key: "Content-Security-Policy", value: filePolicy }] },
    ];
  },
  // the agenda with filters: the cached page of each combination (lib/agenda/filter-rewrites.ts)
  async rewrites() {
    return { beforeFiles: agendaFilterRewrites(), afterFiles: [], fallback: [] };
  },
  // the browser's zod runs jitless, set where zod is loaded (lib/security/zod-browser.ts)
  turbopack: { resolveAlias: { zod: { browser: "./lib/security/zod-browser.ts" } } },
  // pdfkit reads its own font metrics from its folder at run time
  serverExternalPackages: ["pg", "nodemailer", "mailparser", "exceljs", "pdfkit"],
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
