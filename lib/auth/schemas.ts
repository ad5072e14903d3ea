import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "required").max(254, "tooLong").pipe(z.email("email")),
  callbackUrl: z.string().optional(),
});
export type SignInField = "email";

/**
 * Only same-site paths may be a destination after sign-in (no open redirect): "/en/..." yes,
 * "//evil.example" or "https://..." no.
 */
export function safeCallbackPath(value: string | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
