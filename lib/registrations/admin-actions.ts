"use server";

import { z } from "zod";
import { arg, commandAction, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { confirmedSchema, nameFocalPointSchema } from "./admin-schemas";
import { erasePassportDataNow } from "./data-protection";
import { setAccreditationEligibility } from "./eligibility";
import { nameFocalPoint, removeFocalPoint } from "./focal-points";

const focalPointsPage = (locale: Locale) => `/${locale}/admin/registrations/focal-points`;
const dataProtectionPage = (locale: Locale) => `/${locale}/admin/registrations/data-protection`;
const eligibilityPage = (locale: Locale) => `/${locale}/admin/registrations/organisations`;

export const nameFocalPointAction = formAction(
  { caller: "secretariat", messages: "InvitationValidation", args: z.tuple([arg.id]), input: nameFocalPointSchema, returnTo: focalPointsPage },
  async ({ actor, locale, args: [editionId], input }) => {
    await nameFocalPoint(actor, editionId, input);
    return { revalidate: [focalPointsPage(locale)], notice: { namespace: "RegistrationFocalPoints", key: "named" } };
  },
);

export const removeFocalPointAction = commandAction(
  { caller: "secretariat", args: z.tuple([arg.id]), input: confirmedSchema, returnTo: focalPointsPage },
  async ({ actor, locale, args: [focalPointId] }) => {
    await removeFocalPoint(actor, focalPointId);
    return { revalidate: [focalPointsPage(locale)], notice: { namespace: "RegistrationFocalPoints", key: "removed" } };
  },
);

export const erasePassportDataAction = commandAction(
  { caller: "secretariat", args: z.tuple([arg.id]), input: confirmedSchema, returnTo: dataProtectionPage },
  async ({ actor, locale, args: [editionId], now }) => {
    const count = await erasePassportDataNow(actor, editionId, now);
    return { revalidate: [dataProtectionPage(locale)], notice: { namespace: "RegistrationDataProtection", key: "erased", values: { count } } };
  },
);

/** Marks an organisation eligible for automatic accreditation ("on") or takes the mark away ("off"). */
export const setAccreditationEligibilityAction = commandAction(
  { caller: "secretariat", args: z.tuple([arg.id, z.enum(["on", "off"])]), returnTo: eligibilityPage },
  async ({ actor, locale, args: [organisationId, to] }) => {
    await setAccreditationEligibility(actor, organisationId, to === "on");
    return { revalidate: [eligibilityPage(locale)], notice: { namespace: "RegistrationEligibility", key: to === "on" ? "marked" : "unmarked" } };
  },
);
