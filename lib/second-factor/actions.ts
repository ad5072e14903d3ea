"use server";

import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { DomainError, isUniqueViolation } from "@/lib/actions/errors";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { requireRole, secondFactorPath } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/locales";
import { adminReturnPath } from "./return-to";
import { authenticationResponseSchema, idSchema, recoveryCodeSchema, registrationResponseSchema, totpCodeSchema } from "./schemas";
import * as service from "./service";
import type { FactorContext } from "./service";

/** What the second-factor forms get back: an error, the recovery codes to show once, or a TOTP secret to add. */
export type FactorState =
  | FormState
  | { status: "codes"; recoveryCodes: string[]; next: string }
  | { status: "totp-secret"; secret: string; uri: string }
  | { status: "verified"; next: string };

const ownMessages = ["wrongCode", "passkeyRefused", "FORBIDDEN", "INVALID_STATE", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "UNAUTHENTICATED"] as const;
const isOwnMessage = (key: string): key is (typeof ownMessages)[number] => (ownMessages as readonly string[]).includes(key);

type Result<T> = { ok: true; data: T } | { ok: false; state: Extract<FormState, { status: "error" }> };

/** The auth cookie's value: the verification is recorded on this session's row. */
async function sessionToken(): Promise<string | null> {
  const jar = await cookies();
  return jar.get("__Secure-authjs.session-token")?.value ?? jar.get("authjs.session-token")?.value ?? null;
}

/**
 * The pipeline of these actions: a secretariat member (whose session may not have passed the
 * second factor yet: that is what these actions are for), then the input, then the service; its
 * expected failures come back translated.
 */
async function factorAction<S extends z.ZodType, T>(
  rawLocale: Locale,
  input: unknown,
  schema: S,
  fn: (ctx: FactorContext, data: z.infer<S>) => Promise<T>,
): Promise<Result<T>> {
  const locale = asLocale(rawLocale);
  const user = await requireRole("SECRETARIAT", locale, secondFactorPath(locale), { secondFactor: "pending" });
  const t = await getTranslations({ locale, namespace: "SecondFactor" });
  const te = await getTranslations({ locale, namespace: "Errors" });
  const token = await sessionToken();
  if (!token) return { ok: false, state: { status: "error", code: "UNAUTHENTICATED", message: te("UNAUTHENTICATED") } };
  const values = input && typeof input === "object" && "code" in input && typeof input.code === "string" ? { code: input.code } : undefined;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message;
    const message = key === "totpCode" || key === "recoveryCode" ? t(`errors.${key}`) : te("VALIDATION");
    return { ok: false, state: { status: "error", code: "VALIDATION", message, fieldErrors: { code: [message] }, values } };
  }
  try {
    return { ok: true, data: await fn({ user, sessionToken: token }, parsed.data) };
  } catch (error) {
    const domain = error instanceof DomainError ? error : isUniqueViolation(error) ? new DomainError("CONFLICT") : null;
    if (!domain) throw error;
    const fieldRef = domain.fieldErrors ? Object.values(domain.fieldErrors)[0]?.[0] : undefined;
    const fieldKey = typeof fieldRef === "string" ? fieldRef : fieldRef?.key;
    const key = fieldKey ?? domain.code;
    const message = isOwnMessage(key) ? t(`errors.${key}`) : te(domain.code);
    return { ok: false, state: { status: "error", code: domain.code, message, ...(fieldKey && { fieldErrors: { code: [message] } }), values } };
  }
}

const nothing = z.unknown();

/**
 * After a verification: back to the page that asked for it. The browser loads it afresh (the
 * admin layout, rendered without its menu for the unverified session, must render again).
 */
function done(locale: Locale, next: unknown): FactorState {
  return { status: "verified", next: adminReturnPath(asLocale(locale), next) };
}

/** Enrolled: the recovery codes (first factor only) are shown once, then the member goes on. */
function enrolled(locale: Locale, next: unknown, recoveryCodes: string[] | null): FactorState {
  if (recoveryCodes) return { status: "codes", recoveryCodes, next: adminReturnPath(asLocale(locale), next) };
  return done(locale, next);
}

export async function passkeyRegistrationOptionsAction(locale: Locale): Promise<{ ok: true; options: PublicKeyCredentialCreationOptionsJSON } | { ok: false; message: string }> {
  const result = await factorAction(locale, null, nothing, (ctx) => service.startPasskeyRegistration(ctx));
  return result.ok ? { ok: true, options: result.data } : { ok: false, message: result.state.message };
}

export async function registerPasskeyAction(locale: Locale, next: string, response: unknown): Promise<FactorState> {
  const result = await factorAction(locale, response, registrationResponseSchema, (ctx, data) => service.finishPasskeyRegistration(ctx, data));
  if (!result.ok) return result.state;
  return enrolled(locale, next, result.data.recoveryCodes);
}

export async function passkeyAuthenticationOptionsAction(locale: Locale): Promise<{ ok: true; options: PublicKeyCredentialRequestOptionsJSON } | { ok: false; message: string }> {
  const result = await factorAction(locale, null, nothing, (ctx) => service.startPasskeyAuthentication(ctx));
  return result.ok ? { ok: true, options: result.data } : { ok: false, message: result.state.message };
}

export async function verifyPasskeyAction(locale: Locale, next: string, response: unknown): Promise<FactorState> {
  const result = await factorAction(locale, response, authenticationResponseSchema, (ctx, data) => service.finishPasskeyAuthentication(ctx, data));
  if (!result.ok) return result.state;
  return done(locale, next);
}

export async function startTotpAction(locale: Locale, _prev: FactorState, _formData: FormData): Promise<FactorState> {
  const result = await factorAction(locale, null, nothing, (ctx) => service.startTotpEnrolment(ctx));
  if (!result.ok) return result.state;
  return { status: "totp-secret", ...result.data };
}

export async function confirmTotpAction(locale: Locale, next: string, _prev: FactorState, formData: FormData): Promise<FactorState> {
  const result = await factorAction(locale, formToObject(formData), totpCodeSchema, (ctx, data) => service.confirmTotpEnrolment(ctx, data.code));
  if (!result.ok) return result.state;
  return enrolled(locale, next, result.data.recoveryCodes);
}

export async function verifyTotpAction(locale: Locale, next: string, _prev: FactorState, formData: FormData): Promise<FactorState> {
  const result = await factorAction(locale, formToObject(formData), totpCodeSchema, (ctx, data) => service.verifyTotp(ctx, data.code));
  if (!result.ok) return result.state;
  return done(locale, next);
}

export async function redeemRecoveryCodeAction(locale: Locale, next: string, _prev: FactorState, formData: FormData): Promise<FactorState> {
  const result = await factorAction(locale, formToObject(formData), recoveryCodeSchema, (ctx, data) => service.redeemRecoveryCode(ctx, data.code));
  if (!result.ok) return result.state;
  return done(locale, next);
}

export async function removePasskeyAction(locale: Locale, passkeyId: string, _prev: FactorState, _formData: FormData): Promise<FactorState> {
  const result = await factorAction(locale, passkeyId, idSchema, (ctx, id) => service.removeFactor(ctx, { kind: "passkey", id }));
  if (!result.ok) return result.state;
  redirect(`${secondFactorPath(asLocale(locale))}?removed=1`);
}

export async function removeTotpAction(locale: Locale, _prev: FactorState, _formData: FormData): Promise<FactorState> {
  const result = await factorAction(locale, null, nothing, (ctx) => service.removeFactor(ctx, { kind: "totp" }));
  if (!result.ok) return result.state;
  redirect(`${secondFactorPath(asLocale(locale))}?removed=1`);
}

export async function renewRecoveryCodesAction(locale: Locale, _prev: FactorState, _formData: FormData): Promise<FactorState> {
  const result = await factorAction(locale, null, nothing, (ctx) => service.renewRecoveryCodes(ctx));
  if (!result.ok) return result.state;
  return { status: "codes", recoveryCodes: result.data, next: secondFactorPath(asLocale(locale)) };
}

/** "Confirm it's you" before removing a factor: the session's verification is forgotten and asked again. */
export async function reverifyAction(locale: Locale, _formData: FormData): Promise<void> {
  const result = await factorAction(locale, null, nothing, (ctx) => service.forgetVerification(ctx));
  const path = secondFactorPath(asLocale(locale));
  if (!result.ok) redirect(path);
  redirect(`${path}?callbackUrl=${encodeURIComponent(path)}`);
}
