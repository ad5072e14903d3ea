"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { secretariatAction } from "@/lib/staff/secretariat-action";
import { addDeadlineSchema, addPhaseSchema, createEditionSchema, editionSettingsSchema, moveDeadlineSchema, movePhaseSchema } from "./schemas";
import { addDeadline, addPhase, createEdition, moveDeadline, movePhase, updateEditionSettings } from "./service";

async function saved(locale: Locale): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "AdminCommon" });
  return { status: "success", message: t("saved") };
}

export async function createEditionAction(locale: Locale, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, `/${locale}/admin/editions`, formData, createEditionSchema, (actor, input) => createEdition({ actor, input }));
  if (!result.ok) return result.state;
  redirect(`/${locale}/admin/editions/${result.data.year}`);
}

export async function updateEditionSettingsAction(locale: Locale, editionId: string, year: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const path = `/${locale}/admin/editions/${year}`;
  const result = await secretariatAction(locale, path, formData, editionSettingsSchema, (actor, input) => updateEditionSettings({ actor, editionId, input }));
  return result.ok ? saved(locale) : result.state;
}

export async function movePhaseAction(locale: Locale, phaseId: string, year: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const path = `/${locale}/admin/editions/${year}`;
  const result = await secretariatAction(locale, path, formData, movePhaseSchema, (actor, input) => movePhase({ actor, phaseId, input }));
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminEditions" });
  return { status: "success", message: t("movedMailed", { mailed: result.data.mailed }) };
}

export async function moveDeadlineAction(locale: Locale, deadlineId: string, year: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const path = `/${locale}/admin/editions/${year}`;
  const result = await secretariatAction(locale, path, formData, moveDeadlineSchema, (actor, input) => moveDeadline({ actor, deadlineId, input }));
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminEditions" });
  return { status: "success", message: t("movedMailed", { mailed: result.data.mailed }) };
}

export async function addPhaseAction(locale: Locale, editionId: string, year: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const path = `/${locale}/admin/editions/${year}`;
  const result = await secretariatAction(locale, path, formData, addPhaseSchema, (actor, input) => addPhase({ actor, editionId, input }));
  return result.ok ? saved(locale) : result.state;
}

export async function addDeadlineAction(locale: Locale, editionId: string, year: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const path = `/${locale}/admin/editions/${year}`;
  const result = await secretariatAction(locale, path, formData, addDeadlineSchema, (actor, input) => addDeadline({ actor, editionId, input }));
  return result.ok ? saved(locale) : result.state;
}
