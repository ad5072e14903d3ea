import { authorizeRequest } from "@/lib/auth/session";
import { parseYear } from "@/lib/forums/queries";
import { ownVisaLetterId } from "@/lib/registrations/badge";
import { pdfDownload } from "@/lib/registrations/pdf-response";
import { downloadVisaLetter } from "@/lib/registrations/visa-letters";

/** GET /{locale}/registration/{year}/visa-letter.pdf: the signed-in participant's own approved letter (audited). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; year: string }> }) {
  const access = await authorizeRequest();
  if ("status" in access) return new Response(null, { status: access.status });
  const year = parseYear((await params).year);
  const id = year ? await ownVisaLetterId(access.user, year) : null;
  const letter = id ? await downloadVisaLetter(access.user, id) : null;
  return letter ? pdfDownload(letter.pdf, letter.filename) : new Response(null, { status: 404 });
}
