"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { registerSchema } from "./schemas";
import { cancelMeetingRegistration, changeMeetingMode, registerForMeeting } from "./service";

const pathOf = (locale: Locale, year: number, meetingId: string) => `/${locale}/consultation/${year}/meetings/${meetingId}`;
const onMeeting = {
  caller: "user",
  args: z.tuple([arg.year, arg.id]),
  messages: "ConsultationValidation",
  returnTo: (locale: Locale, [year, id]: [number, string]) => pathOf(locale, year, id),
} as const;

/** Registers the caller in person or remotely; a full room puts an in-person registration on the waiting list. */
export const registerForMeetingAction = formAction({ ...onMeeting, input: registerSchema }, async ({ actor, locale, args: [year, meetingId], input, now }) => {
  const registration = await registerForMeeting({ userId: actor.id, meetingId, mode: input.mode, now });
  return {
    revalidate: [[`/${locale}/consultation`, "layout"]],
    redirect: `${pathOf(locale, year, meetingId)}?notice=${registration.status === "WAITLISTED" ? "waitlisted" : "registered"}`,
  };
});

/** Cancels the caller's registration (the first on the waiting list moves up). */
export const cancelMeetingRegistrationAction = formAction(onMeeting, async ({ actor, locale, args: [year, meetingId], now }) => {
  await cancelMeetingRegistration({ userId: actor.id, meetingId, now });
  return { revalidate: [[`/${locale}/consultation`, "layout"]], redirect: `${pathOf(locale, year, meetingId)}?notice=cancelled` };
});

/** Changes how the caller attends, in place (a seat they free goes to the waiting list's first). */
export const changeMeetingModeAction = formAction({ ...onMeeting, input: registerSchema }, async ({ actor, locale, args: [year, meetingId], input, now }) => {
  await changeMeetingMode({ userId: actor.id, meetingId, mode: input.mode, now });
  return { revalidate: [[`/${locale}/consultation`, "layout"]], redirect: `${pathOf(locale, year, meetingId)}?notice=modeChanged` };
});
