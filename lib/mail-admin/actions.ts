"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { reminderKinds, resendSchema, sendRemindersSchema } from "./schemas";
import { resendMail, sendReminders } from "./service";

const mailbox = (locale: Locale) => `/${locale}/admin/mail`;
const reminders = (locale: Locale) => `/${locale}/admin/mail/reminders`;
const common = { caller: "secretariat", messages: "AdminValidation" } as const;

export const resendMailAction = formAction(
  { ...common, args: z.tuple([arg.id]), input: resendSchema, returnTo: mailbox },
  async ({ actor, locale, args: [messageId], now }) => {
    await resendMail({ actor, messageId, now });
    return { revalidate: [mailbox(locale)], notice: { namespace: "AdminMailbox", key: "resent" } };
  },
);

export const sendRemindersAction = formAction(
  { ...common, args: z.tuple([z.enum(reminderKinds), arg.id]), input: sendRemindersSchema, returnTo: reminders },
  async ({ actor, locale, args: [kind, editionId], input, now }) => {
    const { queued, recipients } = await sendReminders({ actor, kind, editionId, round: input.round, now });
    return { revalidate: [reminders(locale)], notice: { namespace: "AdminMailbox", key: "remindersSent", values: { queued, recipients } } };
  },
);
