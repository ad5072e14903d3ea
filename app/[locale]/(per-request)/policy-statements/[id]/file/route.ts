import { getCurrentUser } from "@/lib/auth/session";
import { getStatementFile } from "@/lib/policy-statements/queries";

/** A policy statement's PDF, for whoever may read it (see getStatementFile); others get 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = await getStatementFile(id, await getCurrentUser());
  if (!file) return new Response(null, { status: 404 });
  return new Response(Buffer.from(file.data), {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
