"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { inviteStaffSchema, removeStaffSchema } from "./schemas";
import { inviteStaffMember, removeStaffMember } from "./service";

const page = (locale: Locale) => `/${locale}/admin/staff`;
const common = { caller: "secretariat", messages: "AdminValidation", returnTo: page } as const;

export const inviteStaffAction = formAction({ ...common, args: z.tuple([]), input: inviteStaffSchema }, async ({ actor, locale, input }) => {
  await inviteStaffMember({ actor, input });
  return { revalidate: [page(locale)], notice: { namespace: "AdminStaff", key: "invited" } };
});

export const removeStaffAction = formAction({ ...common, args: z.tuple([arg.id]), input: removeStaffSchema }, async ({ actor, locale, args: [userId] }) => {
  const { sessionsEnded } = await removeStaffMember({ actor, userId });
  // the member's row (and this form) leaves the page: the outcome is shown at the top of it
  return { revalidate: [page(locale)], redirect: `${page(locale)}?removed=${sessionsEnded}` };
});
