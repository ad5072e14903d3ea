"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { inviteStaffSchema, removeStaffSchema } from "./schemas";
import { secretariatAction } from "./secretariat-action";
import { inviteStaffMember, removeStaffMember } from "./service";

export async function inviteStaffAction(locale: Locale, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, `/${locale}/admin/staff`, formData, inviteStaffSchema, (actor, input) => inviteStaffMember({ actor, input }));
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminStaff" });
  return { status: "success", message: t("invited") };
}

export async function removeStaffAction(locale: Locale, userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, `/${locale}/admin/staff`, formData, removeStaffSchema, (actor) => removeStaffMember({ actor, userId }));
  if (!result.ok) return result.state;
  // the member's row (and this form) leaves the page: the outcome is shown at the top of it
  redirect(`/${locale}/admin/staff?removed=${result.data.sessionsEnded}`);
}
