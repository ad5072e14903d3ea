import { getCurrentUser } from "@/lib/auth/session";
import { uploadedFileHeaders } from "@/lib/http/attachment";
import { getDownloadableFile } from "@/lib/uploads/queries";

/**
 * Downloads an uploaded file. The caller is authorised against the file (owner, submitter,
 * secretariat, or a public regional input); any other answer is 404, so ids reveal nothing.
 * Always an attachment with the detected type and nosniff: a file is never rendered in the site.
 */
export async function GET(_request: Request, ctx: RouteContext<"/api/uploads/[id]">) {
  const { id } = await ctx.params;
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return new Response("Not found", { status: 404 });
  const file = await getDownloadableFile(id, await getCurrentUser());
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.data, { headers: uploadedFileHeaders(file) });
}
