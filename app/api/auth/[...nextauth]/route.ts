import { handlers } from "@/lib/auth/auth";
import { refuseUnsafeRequest } from "@/lib/security/request-guard";

export const { GET } = handlers;

/** next-auth's POSTs (sign-in, sign-out), after the size and origin check the proxy gives pages. */
export async function POST(request: Parameters<typeof handlers.POST>[0]) {
  return refuseUnsafeRequest(request) ?? handlers.POST(request);
}
