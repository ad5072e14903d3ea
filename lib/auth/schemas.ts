import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "required").max(254, "tooLong").pipe(z.email("email")),
  callbackUrl: z.string().optional(),
});
export type SignInField = "email";

/** Remembers, for the check-your-mail page, where the sign-in mail went (so the code form knows it). */
export const SENT_TO_COOKIE = "sign-in-sent-to";

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
/** 8 symbols of 25: about 2^37 codes, 5 guesses per code. */
export const CODE_LENGTH = 8;

/** As typed: lower case, spaces and dashes ("ACDE-FGHJ") are accepted. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

/** The confirmation page's POST: the token and address of the mailed link. */
export const confirmSignInSchema = z.object({
  email: signInSchema.shape.email,
  token: z.string().regex(/^[0-9a-f]{64}$/, "invalid"),
  callbackUrl: z.string().optional(),
});

/** The code typed on the check-your-mail page, for the address it was mailed to. */
export const codeSignInSchema = z.object({
  email: signInSchema.shape.email,
  code: z
    .string()
    .max(20, "tooLong")
    .transform(normaliseCode)
    .pipe(
      z
        .string()
        .min(1, "required")
        .regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), "signInCode"),
    ),
  callbackUrl: z.string().optional(),
});
export type CodeSignInField = "email" | "code";
