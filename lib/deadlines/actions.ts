"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { boundIdSchema, grantExtensionSchema, revokeExtensionSchema } from "./schemas";
import { grantExtension, revokeExtension } from "./service";

const pathOf = (locale: Locale, deadlineId: string) => `/${locale}/admin/deadlines/${encodeURIComponent(deadlineId)}`;
const common = {
  caller: "secretariat",
  messages: "AdminValidation",
  returnTo: (locale: Locale, [deadlineId]: [string, ...string[]]) => pathOf(locale, deadlineId),
} as const;

/** Grants a party (a user by e-mail, an organisation, an invitation) a later close of one deadline. Secretariat only. */
export const grantExtensionAction = formAction(
  { ...common, args: z.tuple([boundIdSchema]), input: grantExtensionSchema },
  async ({ actor, locale, args: [deadlineId], input }) => {
    await grantExtension({ actor, deadlineId, party: input.party, until: input.until, reason: input.reason });
    return { revalidate: [pathOf(locale, deadlineId)], notice: { namespace: "AdminDeadlines", key: "granted" } };
  },
);

/** Withdraws one extension. Secretariat only. */
export const revokeExtensionAction = formAction(
  { ...common, args: z.tuple([boundIdSchema, boundIdSchema]), input: revokeExtensionSchema },
  async ({ actor, locale, args: [deadlineId, extensionId] }) => {
    await revokeExtension({ actor, extensionId });
    return { revalidate: [pathOf(locale, deadlineId)], notice: { namespace: "AdminDeadlines", key: "revoked" } };
  },
);
