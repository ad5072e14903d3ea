import { authorizeSecretariatRequest, getCurrentUser } from "@/lib/auth/session";
import { getRegistrationPhoto } from "@/lib/registrations/queries";

const notFound = () => new Response("Not found", { status: 404 });

/**
 * A registration's badge photo, for its owner and the secretariat only (anyone else: 404, so
 * ids reveal nothing). The bytes are the JPEG the server itself encoded (lib/registrations/photo.ts),
 * so it may be shown inline; never cached by a shared cache.
 */
export async function GET(_request: Request, ctx: RouteContext<"/api/registrations/[id]/photo">) {
  const { id } = await ctx.params;
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return notFound();
  const user = await getCurrentUser();
  if (!user) return notFound();
  const row = await getRegistrationPhoto(id);
  if (!row?.photo) return notFound();
  if (row.userId !== user.id && "status" in (await authorizeSecretariatRequest())) return notFound();
  return new Response(new Uint8Array(row.photo), {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Length": String(row.photo.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Disposition": "inline",
    },
  });
}
