"use server";

import { z } from "zod";
import { arg, commandAction, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { declineSchema, delegationSchema } from "../schemas";
import { declineInvitation, markInvitationViewed, saveDelegation } from "../service/answers";

const invitationPath = (locale: Locale, id: string) => `/${locale}/invitations/${id}`;
const onInvitation = {
  args: z.tuple([arg.id]),
  messages: "InvitationValidation",
  returnTo: (locale: Locale, [id]: [string]) => invitationPath(locale, id),
} as const;

/**
 * "Viewed" is recorded by this separate POST, sent by the invitation page once it is shown to
 * its signed-in addressee; a GET of any page (a mail scanner's) never records it.
 */
export const markViewedAction = commandAction({ caller: "public", ...onInvitation }, async ({ actor, locale, args: [id], now }) => {
  if (actor && (await markInvitationViewed(actor, id, now))) return { revalidate: [invitationPath(locale, id)] };
});

/** Saves the delegation as a draft (stays on the page, notice) or confirms participation (back to the invitation). */
export const saveDelegationAction = formAction(
  { caller: "user", ...onInvitation, input: delegationSchema, rows: { members: ["name", "title", "email"] } },
  async ({ actor, locale, args: [id], input, now }) => {
    const saved = await saveDelegation(actor, id, input, now);
    const revalidate = [invitationPath(locale, id)];
    if (saved.status === "CONFIRMED" && input.intent === "submit") return { revalidate, redirect: `${invitationPath(locale, id)}?saved=1` };
    return { revalidate, notice: { namespace: "InvitationRespond", key: "draftNotice" } };
  },
);

export const declineAction = formAction({ caller: "user", ...onInvitation, input: declineSchema }, async ({ actor, locale, args: [id], input, now }) => {
  await declineInvitation(actor, id, input.reason, now);
  return { revalidate: [invitationPath(locale, id)], redirect: `${invitationPath(locale, id)}?saved=1` };
});
