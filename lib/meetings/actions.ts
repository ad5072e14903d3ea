"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { requireUser } from "@/lib/auth/session";
import { kickOutbox } from "@/lib/email/worker";
import type { Locale } from "@/lib/i18n/locales";
import { invalidInput, runConsultation } from "@/lib/submissions/action-state";
import { registerSchema } from "./schemas";
import { cancelMeetingRegistration, registerForMeeting } from "./service";

const pathOf = (locale: Locale, year: number, meetingId: string) => `/${locale}/consultation/${year}/meetings/${meetingId}`;

export async function registerForMeetingAction(locale: Locale, year: number, meetingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const now = new Date();
  const user = await requireUser(locale, pathOf(locale, year, meetingId));
  const parsed = registerSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runConsultation(locale, formData, () => registerForMeeting({ userId: user.id, meetingId, mode: parsed.data.mode, now }));
  if (result.status !== "ok") return result;
  after(() => kickOutbox());
  revalidatePath(`/${locale}/consultation`, "layout");
  redirect(`${pathOf(locale, year, meetingId)}?notice=${result.data.status === "WAITLISTED" ? "waitlisted" : "registered"}`);
}

export async function cancelMeetingRegistrationAction(locale: Locale, year: number, meetingId: string): Promise<FormState> {
  const now = new Date();
  const user = await requireUser(locale, pathOf(locale, year, meetingId));
  const result = await runConsultation(locale, null, () => cancelMeetingRegistration({ userId: user.id, meetingId, now }));
  if (result.status !== "ok") return result;
  after(() => kickOutbox());
  revalidatePath(`/${locale}/consultation`, "layout");
  redirect(`${pathOf(locale, year, meetingId)}?notice=cancelled`);
}
