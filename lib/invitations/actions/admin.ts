"use server";

import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { addAddresseeSchema, changeEmailSchema, createCampaignSchema, csvImportSchema, extensionSchema, invitationCommandNames, sendSchema } from "../schemas";
import { addAddressee, createCampaign, importAddresseeCsv, previewAddresseeCsv } from "../service/campaigns";
import {
  changeInvitationEmail,
  grantExtension,
  markInvitationBounced,
  resendInvitation,
  revokeInvitation,
  sendCampaign,
  sendInvitation,
} from "../service/mailing";

const adminPath = (locale: Locale, path = "") => `/${locale}/admin/invitations${path}`;
/** The pages an invitation change shows on: the campaigns, the campaign, the dashboard (and the invitation's own page). */
const affected = (locale: Locale, campaignId?: string, invitationId?: string) => [
  adminPath(locale),
  ...(campaignId ? [adminPath(locale, `/${campaignId}`)] : []),
  ...(campaignId && invitationId ? [adminPath(locale, `/${campaignId}/${invitationId}`)] : []),
  `/${locale}/admin/confirmations`,
];
const done = { namespace: "InvitationAdmin", key: "done" } as const;
const secretariat = { caller: "secretariat", messages: "InvitationValidation" } as const;
const onCampaign = {
  ...secretariat,
  args: z.tuple([arg.id]),
  returnTo: (locale: Locale, [campaignId]: [string]) => adminPath(locale, `/${campaignId}`),
} as const;
const onInvitation = {
  ...secretariat,
  args: z.tuple([arg.id, arg.id]),
  returnTo: (locale: Locale, [invitationId, campaignId]: [string, string, ...unknown[]]) => adminPath(locale, `/${campaignId}/${invitationId}`),
} as const;

export const createCampaignAction = formAction(
  { ...secretariat, args: z.tuple([]), input: createCampaignSchema, returnTo: (locale) => adminPath(locale) },
  async ({ actor, locale, input, now }) => {
    const campaign = await createCampaign(actor, input, now);
    return { revalidate: affected(locale), redirect: adminPath(locale, `/${campaign.id}?notice=created`) };
  },
);

export const addAddresseeAction = formAction({ ...onCampaign, input: addAddresseeSchema }, async ({ actor, locale, args: [campaignId], input }) => {
  await addAddressee(actor, campaignId, input);
  return { revalidate: affected(locale, campaignId), notice: { namespace: "InvitationAdmin", key: "added" } };
});

/**
 * Checks the CSV ("preview": nothing is written; the form shows each row's check) or imports its
 * good rows ("import"), checking them again in the transaction.
 */
export const importCsvAction = formAction(
  { ...onCampaign, input: csvImportSchema, returnTo: (locale: Locale, [campaignId]: [string]) => adminPath(locale, `/${campaignId}/import`) },
  async ({ actor, locale, args: [campaignId], input }) => {
    if (input.intent === "import") {
      const result = await importAddresseeCsv(actor, campaignId, input.csv);
      return { revalidate: affected(locale, campaignId), redirect: adminPath(locale, `/${campaignId}?imported=${result.imported}`) };
    }
    const check = await previewAddresseeCsv(actor, campaignId, input.csv);
    if (check.fileErrors.length) throw new DomainError("VALIDATION", { csv: check.fileErrors });
    const valid = check.valid.length;
    return { notice: { namespace: "InvitationAdmin", key: "previewSummary", values: { valid, invalid: check.rows.length - valid } } };
  },
);

export const sendCampaignAction = formAction({ ...onCampaign, input: sendSchema }, async ({ actor, locale, args: [campaignId], input, now }) => {
  const count = await sendCampaign(actor, campaignId, now, input);
  return { revalidate: affected(locale, campaignId), notice: { namespace: "InvitationAdmin", key: "sentCount", values: { count } } };
});

const commands = {
  send: sendInvitation,
  resend: resendInvitation,
  revoke: (actor, invitationId, now) => revokeInvitation(actor, invitationId, now),
  markBounced: (actor, invitationId, now) => markInvitationBounced(actor, invitationId, now),
} as const satisfies Record<(typeof invitationCommandNames)[number], typeof sendInvitation> & Record<(typeof invitationCommandNames)[number], unknown>;

/** One of the row buttons of the campaign page: send, send again, revoke, mark as bounced. */
export const invitationCommandAction = formAction(
  { ...onInvitation, args: z.tuple([arg.id, arg.id, z.enum(invitationCommandNames)]), input: sendSchema },
  async ({ actor, locale, args: [invitationId, campaignId, command], input, now }) => {
    await commands[command](actor, invitationId, now, input);
    return { revalidate: affected(locale, campaignId, invitationId), notice: done };
  },
);

export const changeEmailAction = formAction(
  { ...onInvitation, input: changeEmailSchema },
  async ({ actor, locale, args: [invitationId, campaignId], input }) => {
    await changeInvitationEmail(actor, invitationId, input.email);
    return { revalidate: affected(locale, campaignId, invitationId), notice: done };
  },
);

export const grantExtensionAction = formAction(
  { ...onInvitation, input: extensionSchema },
  async ({ actor, locale, args: [invitationId, campaignId], input }) => {
    await grantExtension(actor, invitationId, input.until, input.reason);
    return { revalidate: affected(locale, campaignId, invitationId), notice: done };
  },
);
