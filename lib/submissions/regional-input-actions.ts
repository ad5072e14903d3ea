"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { requireRole } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { revalidatePublicPages } from "@/lib/public/cache";
import { checkUpload } from "@/lib/uploads/service";
import { invalidInput, runConsultation } from "./action-state";
import { regionalInputSchema } from "./schemas/regional-input";
import { recordRegionalInput } from "./service/record-regional-input";

/** Secretariat: records an input from a regional or national event in an edition. */
export async function recordRegionalInputAction(locale: Locale, editionYear: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const now = new Date();
  const user = await requireRole("SECRETARIAT", locale, `/${locale}/admin/regional-inputs`);
  const parsed = regionalInputSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData, ["attachment"]);
  const result = await runConsultation(
    locale,
    formData,
    async () => recordRegionalInput({ actorId: user.id, editionYear, input: parsed.data, attachment: await checkUpload(formData.get("attachment")), now }),
    ["attachment"],
  );
  if (result.status !== "ok") return result;
  revalidatePath(`/${locale}/admin/regional-inputs`);
  revalidatePublicPages();
  redirect(`/${locale}/admin/regional-inputs?year=${editionYear}&notice=recorded`);
}
