import { authorizeRequest } from "@/lib/auth/session";
import { parseYear } from "@/lib/forums/queries";
import { renderOwnBadge } from "@/lib/registrations/badge";
import { pdfDownload } from "@/lib/registrations/pdf-response";

/** GET /{locale}/registration/{year}/badge.pdf: the signed-in participant's own badge (accredited, on site). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; year: string }> }) {
  const access = await authorizeRequest();
  if ("status" in access) return new Response(null, { status: access.status });
  const year = parseYear((await params).year);
  const badge = year ? await renderOwnBadge(access.user, year) : null;
  return badge ? pdfDownload(badge.pdf, badge.filename) : new Response(null, { status: 404 });
}
