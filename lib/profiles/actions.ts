"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { echoValues, formToObject } from "@/lib/actions/form-data";
import { requireUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { invalidInput, runConsultation } from "@/lib/submissions/action-state";
import { profileSchema, type ProfileFormState } from "./schemas";
import { saveProfile } from "./service";

/** Saves the signed-in user's profile; `returnTo` (a same-site path) is where the user goes next. */
export async function saveProfileAction(locale: Locale, returnTo: string | null, _prev: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const user = await requireUser(locale, `/${locale}/profile`);
  const parsed = profileSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runConsultation(locale, formData, () => saveProfile(user.id, parsed.data));
  if (result.status !== "ok") return result;
  if (result.data.status === "similar") {
    const t = await getTranslations({ locale, namespace: "Profile" });
    return {
      status: "error",
      code: "CONFLICT",
      message: t("similarOrganisations"),
      values: echoValues(formData),
      similar: result.data.candidates.map((c) => ({ id: c.id, label: c.countryCode ? `${c.name} (${c.countryCode})` : c.name })),
    };
  }
  revalidatePath(`/${locale}/profile`);
  revalidatePath(`/${locale}/consultation`);
  redirect(safeRedirectPath(returnTo, `/${locale}/consultation?notice=profileSaved`));
}
