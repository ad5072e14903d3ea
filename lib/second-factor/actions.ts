"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import { arg, commandAction, formAction, type Done } from "@/lib/actions/pipeline";
import { secondFactorPath, type CurrentUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { adminReturnPath } from "./return-to";
import { passkeyAuthenticationInput, passkeyRegistrationInput, recoveryCodeSchema, totpCodeSchema, type RecoveryCodesShown, type TotpSecret } from "./schemas";
import * as service from "./service";
import type { FactorContext } from "./service";

/**
 * Every second-factor action: a secretariat member whose session may not have passed the second
 * factor yet (that is what these actions are for), its own failure sentences, and the code never
 * echoed back when it is a recovery code or a passkey's answer.
 */
const factor = { caller: "pendingSecondFactor", messages: "SecondFactor.errors", returnTo: (locale: Locale) => secondFactorPath(locale) } as const;
/** Where to go after the second factor (a path of this locale's secretariat area), bound by the page. */
const next = z.string().max(500);

/** The verification is recorded on this session's row: the auth cookie's value names it. */
async function factorContext(user: CurrentUser): Promise<FactorContext> {
  const jar = await cookies();
  const sessionToken = jar.get("__Secure-authjs.session-token")?.value ?? jar.get("authjs.session-token")?.value;
  if (!sessionToken) throw new DomainError("UNAUTHENTICATED");
  return { user, sessionToken };
}

/**
 * Verified: back to the page that asked for it, loaded afresh (the admin layout, rendered without
 * its menu for the unverified session, must render again). Enrolled: the recovery codes (first
 * factor only) are shown once, then the member goes on.
 */
function verified(locale: Locale, to: string, recoveryCodes?: string[] | null): Done<RecoveryCodesShown> {
  const path = adminReturnPath(locale, to);
  return recoveryCodes ? { data: { recoveryCodes, next: path } } : { reload: path };
}

export const passkeyRegistrationOptionsAction = commandAction({ ...factor, args: z.tuple([]) }, async ({ actor }) => ({
  data: await service.startPasskeyRegistration(await factorContext(actor)),
}));

export const registerPasskeyAction = formAction(
  { ...factor, args: z.tuple([next]), input: passkeyRegistrationInput, secret: ["passkey"] },
  async ({ actor, locale, args: [to], input }) => {
    const { recoveryCodes } = await service.finishPasskeyRegistration(await factorContext(actor), input.passkey);
    return verified(locale, to, recoveryCodes);
  },
);

export const passkeyAuthenticationOptionsAction = commandAction({ ...factor, args: z.tuple([]) }, async ({ actor }) => ({
  data: await service.startPasskeyAuthentication(await factorContext(actor)),
}));

export const verifyPasskeyAction = formAction(
  { ...factor, args: z.tuple([next]), input: passkeyAuthenticationInput, secret: ["passkey"] },
  async ({ actor, locale, args: [to], input }) => {
    await service.finishPasskeyAuthentication(await factorContext(actor), input.passkey);
    return verified(locale, to);
  },
);

export const startTotpAction = formAction({ ...factor, args: z.tuple([]) }, async ({ actor }): Promise<Done<TotpSecret>> => ({
  data: await service.startTotpEnrolment(await factorContext(actor)),
}));

export const confirmTotpAction = formAction({ ...factor, args: z.tuple([next]), input: totpCodeSchema }, async ({ actor, locale, args: [to], input }) => {
  const { recoveryCodes } = await service.confirmTotpEnrolment(await factorContext(actor), input.code);
  return verified(locale, to, recoveryCodes);
});

export const verifyTotpAction = formAction({ ...factor, args: z.tuple([next]), input: totpCodeSchema }, async ({ actor, locale, args: [to], input }) => {
  await service.verifyTotp(await factorContext(actor), input.code);
  return verified(locale, to);
});

export const redeemRecoveryCodeAction = formAction(
  { ...factor, args: z.tuple([next]), input: recoveryCodeSchema, secret: ["code"] },
  async ({ actor, locale, args: [to], input }) => {
    await service.redeemRecoveryCode(await factorContext(actor), input.code);
    return verified(locale, to);
  },
);

export const removePasskeyAction = formAction({ ...factor, args: z.tuple([arg.id]) }, async ({ actor, locale, args: [id] }) => {
  await service.removeFactor(await factorContext(actor), { kind: "passkey", id });
  return { redirect: `${secondFactorPath(locale)}?removed=1` };
});

export const removeTotpAction = formAction({ ...factor, args: z.tuple([]) }, async ({ actor, locale }) => {
  await service.removeFactor(await factorContext(actor), { kind: "totp" });
  return { redirect: `${secondFactorPath(locale)}?removed=1` };
});

export const renewRecoveryCodesAction = formAction({ ...factor, args: z.tuple([]) }, async ({ actor, locale }): Promise<Done<RecoveryCodesShown>> => ({
  data: { recoveryCodes: await service.renewRecoveryCodes(await factorContext(actor)), next: secondFactorPath(locale) },
}));

/** "Confirm it's you" before removing a factor: the session's verification is forgotten and asked again. */
export const reverifyAction = formAction({ ...factor, args: z.tuple([]) }, async ({ actor, locale }) => {
  await service.forgetVerification(await factorContext(actor));
  const path = secondFactorPath(locale);
  return { redirect: `${path}?callbackUrl=${encodeURIComponent(path)}` };
});
