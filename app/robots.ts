import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Everything may be crawled. Private pages are not named here (this file is public): they answer
 * `X-Robots-Tag: noindex` instead (next.config.ts), and need a session anyway.
 */
export default function robots(): MetadataRoute.Robots {
  const base = env().APP_URL.replace(/\/$/, "");
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: `${base}/sitemap.xml`,
  };
}
