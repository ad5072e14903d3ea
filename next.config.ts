import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BYTES } from "./lib/security/request-limits";

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
  serverExternalPackages: ["pg", "nodemailer", "mailparser", "exceljs"],
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
