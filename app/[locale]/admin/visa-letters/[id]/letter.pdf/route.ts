import { authorizeSecretariatRequest } from "@/lib/auth/session";
import { pdfDownload } from "@/lib/registrations/pdf-response";
import { downloadVisaLetter } from "@/lib/registrations/visa-letters";

/** GET /{locale}/admin/visa-letters/{id}/letter.pdf: the approved letter, secretariat only (audited). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const access = await authorizeSecretariatRequest();
  if ("status" in access) return new Response(null, { status: access.status });
  const { id } = await params;
  if (!/^[\w-]{1,64}$/.test(id)) return new Response(null, { status: 404 });
  const letter = await downloadVisaLetter(access.secretariat, id);
  return letter ? pdfDownload(letter.pdf, letter.filename) : new Response(null, { status: 404 });
}
