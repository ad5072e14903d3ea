// robots.txt as the portal serves it (a metadata route rendered per request): the reference
// beside each page
export const dynamic = "force-dynamic";

export default function robots() {
  return { rules: { userAgent: "*", allow: "/" } };
}
