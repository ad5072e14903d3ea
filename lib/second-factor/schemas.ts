import { z } from "zod";

/** Six digits, as authenticator apps show them (spaces allowed). */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "totpCode")),
});

/** A recovery code as it was shown: ten letters or digits, a dash in the middle is optional. */
export const recoveryCodeSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/[\s-]+/g, "").toLowerCase())
    .pipe(z.string().regex(/^[a-z0-9]{10}$/, "recoveryCode")),
});

/** The browser's WebAuthn answer, as @simplewebauthn/browser gives it (checked in depth by the server library). */
const base64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/)
  .max(20_000);
export const registrationResponseSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z
      .array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]))
      .max(8)
      .optional(),
    authenticatorData: base64url.optional(),
    publicKey: base64url.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
  }),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: z.object({}).loose(),
});
export const authenticationResponseSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: z.object({}).loose(),
});

/** A form field carrying the browser's WebAuthn answer as JSON; anything unreadable is "passkeyRefused". */
const webauthnJson = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .max(100_000, "passkeyRefused")
    .transform((value, ctx): z.output<T> => {
      let json: unknown;
      try {
        json = JSON.parse(value);
      } catch {
        json = undefined;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: "custom", message: "passkeyRefused" });
      return z.NEVER;
    });
export const passkeyRegistrationInput = z.object({ passkey: webauthnJson(registrationResponseSchema) });
export const passkeyAuthenticationInput = z.object({ passkey: webauthnJson(authenticationResponseSchema) });

/** What an enrolment gives back once: the recovery codes (first factor only), and where to go on. */
export interface RecoveryCodesShown {
  recoveryCodes: string[];
  next: string;
}
/** A new authenticator-app secret, to add to the app before its first code confirms it. */
export interface TotpSecret {
  secret: string;
  uri: string;
}
