"use server";

import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { secretariatAction } from "@/lib/staff/secretariat-action";
import { compilationSchema } from "./schemas";
import { setCompilationPublished } from "./service";

export async function setCompilationPublishedAction(locale: Locale, editionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const path = `/${locale}/admin/statistics`;
  const result = await secretariatAction(locale, path, formData, compilationSchema, (actor, input) => setCompilationPublished({ actor, editionId, publish: input.publish, now: new Date() }));
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminStatistics" });
  return { status: "success", message: t("saved") };
}
