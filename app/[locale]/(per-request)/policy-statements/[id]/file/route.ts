import { getCurrentUser } from "@/lib/auth/session";
import { uploadedFileHeaders } from "@/lib/http/attachment";
import { getStatementFile } from "@/lib/policy-statements/queries";

/**
 * A policy statement's PDF, for whoever may read it (see getStatementFile); others get 404.
 * Always a download (attachment, nosniff): an uploaded file is never rendered in the site.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = await getStatementFile(id, await getCurrentUser());
  if (!file) return new Response(null, { status: 404 });
  return new Response(Buffer.from(file.data), { headers: uploadedFileHeaders(file, "policy-statement.pdf") });
}
