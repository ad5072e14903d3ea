"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { checkInBadge } from "./check-in";
import { approveVisaLetterSchema, checkInSchema, rejectVisaLetterSchema } from "./document-schemas";
import { approveVisaLetter, rejectVisaLetter } from "./visa-letters";

const checkInPath = (locale: Locale, year: number) => `/${locale}/admin/check-in?edition=${year}`;
const visaLettersPath = (locale: Locale, year: number) => `/${locale}/admin/visa-letters?edition=${year}`;

/**
 * Records a badge's check-in at this desk, then shows the desk the holder's card (photo, name)
 * and whether it was the first scan today; the desk stays filled in for the next badge.
 */
export const checkInAction = formAction(
  { caller: "secretariat", args: z.tuple([arg.year]), input: checkInSchema, returnTo: (locale: Locale, [year]: [number]) => checkInPath(locale, year) },
  async ({ actor, locale, args: [year], input, now }) => {
    const { checkInId, outcome } = await checkInBadge({ actor, editionYear: year, token: input.code, desk: input.desk, now });
    const query = new URLSearchParams({ desk: input.desk, last: checkInId, outcome: outcome.toLowerCase() });
    return { redirect: `${checkInPath(locale, year)}&${query}` };
  },
);

const onRequest = {
  caller: "secretariat",
  args: z.tuple([arg.id, arg.year]),
  returnTo: (locale: Locale, [, year]: [string, number]) => visaLettersPath(locale, year),
} as const;

/** Approves a visa letter request: the letter is generated and mailed to the participant. */
export const approveVisaLetterAction = formAction({ ...onRequest, input: approveVisaLetterSchema }, async ({ actor, locale, args: [requestId, year], now }) => {
  const { referenceNumber } = await approveVisaLetter({ actor, requestId, now });
  return { revalidate: [visaLettersPath(locale, year)], notice: { namespace: "AdminVisaLetters", key: "approved", values: { reference: referenceNumber } } };
});

/** Rejects a visa letter request with the reason the participant is mailed. */
export const rejectVisaLetterAction = formAction(
  { ...onRequest, input: rejectVisaLetterSchema },
  async ({ actor, locale, args: [requestId, year], input, now }) => {
    await rejectVisaLetter({ actor, requestId, reason: input.reason, now });
    return { revalidate: [visaLettersPath(locale, year)], notice: { namespace: "AdminVisaLetters", key: "rejected" } };
  },
);
