"use server";

import { z } from "zod";
import { arg, commandAction, formAction } from "@/lib/actions/pipeline";
import { registrationHref } from "@/lib/forums/links";
import type { Locale } from "@/lib/i18n/locales";
import { accreditSchema, bulkAccreditSchema, reasonSchema, registrationSchema } from "./schemas";
import { bulkAccredit, cancelRegistration, decideRegistration, saveRegistration } from "./service";

const pagePath = (locale: Locale, year: number) => `/${locale}${registrationHref(year)}`;
const QUEUE = (locale: Locale) => `/${locale}/admin/registrations/queue`;

const ownRegistration = {
  caller: "user",
  args: z.tuple([arg.year]),
  messages: "RegistrationValidation",
  returnTo: (locale: Locale, [year]: [number]) => pagePath(locale, year),
} as const;

/** Registers the caller for the edition, or saves their changes, until the registration deadline. */
export const saveRegistrationAction = formAction(
  { ...ownRegistration, input: registrationSchema, files: ["photo"] },
  async ({ actor, locale, args: [year], input, formData, now }) => {
    const photo = formData.get("photo");
    const saved = await saveRegistration({ userId: actor.id, year, input, photo: photo instanceof Blob ? photo : null, locale, now });
    return {
      revalidate: [pagePath(locale, year), `/${locale}/account`],
      redirect: `${pagePath(locale, year)}?notice=${saved.status === "ACCREDITED" ? "accredited" : "saved"}`,
    };
  },
);

/** Cancels the caller's registration (confirmed first), until the registration deadline. */
export const cancelRegistrationAction = commandAction(
  { ...ownRegistration, input: z.object({ confirmed: z.literal("1", { error: "confirm" }) }) },
  async ({ actor, locale, args: [year], now }) => {
    await cancelRegistration({ userId: actor.id, year, now });
    return { revalidate: [pagePath(locale, year), `/${locale}/account`], redirect: `${pagePath(locale, year)}?notice=cancelled` };
  },
);

// ---------------------------------------------------------------- the secretariat's queue

const onRegistration = { caller: "secretariat", args: z.tuple([arg.id]), messages: "RegistrationValidation", returnTo: QUEUE } as const;

export const accreditRegistrationAction = formAction({ ...onRegistration, input: accreditSchema }, async ({ actor, locale, args: [id], input, now }) => {
  await decideRegistration(actor, { registrationId: id, decision: { kind: "accredit", category: input.category }, now });
  return { revalidate: [QUEUE(locale)], notice: { namespace: "AccreditationQueue", key: "accredited" } };
});

export const rejectRegistrationAction = formAction({ ...onRegistration, input: reasonSchema }, async ({ actor, locale, args: [id], input, now }) => {
  await decideRegistration(actor, { registrationId: id, decision: { kind: "reject", reason: input.reason }, now });
  return { revalidate: [QUEUE(locale)], notice: { namespace: "AccreditationQueue", key: "rejected" } };
});

export const requestRegistrationInfoAction = formAction({ ...onRegistration, input: reasonSchema }, async ({ actor, locale, args: [id], input, now }) => {
  await decideRegistration(actor, { registrationId: id, decision: { kind: "request_info", reason: input.reason }, now });
  return { revalidate: [QUEUE(locale)], notice: { namespace: "AccreditationQueue", key: "infoRequested" } };
});

/** Accredits every registration ticked in the queue, after the secretariat confirmed. */
export const bulkAccreditAction = formAction(
  { caller: "secretariat", args: z.tuple([]), input: bulkAccreditSchema, messages: "RegistrationValidation", returnTo: QUEUE },
  async ({ actor, locale, input, now }) => {
    const result = await bulkAccredit(actor, { ids: input.ids, now });
    return { revalidate: [QUEUE(locale)], notice: { namespace: "AccreditationQueue", key: "bulkDone", values: result } };
  },
);
