import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Public pages may be indexed; signed-in, secretariat and sign-in pages may not. */
export default function robots(): MetadataRoute.Robots {
  const base = env().APP_URL.replace(/\/$/, "");
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/admin", "/*/account", "/*/sign-in", "/*/dev/", "/*/consultation/", "/*/profile"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
