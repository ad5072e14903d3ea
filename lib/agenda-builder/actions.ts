"use server";

import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { secretariatAction } from "@/lib/staff/secretariat-action";
import type { Clash } from "./policy";
import { deleteSchema, placeSubmissionSchema, publishSchema, roomSchema, sessionSchema } from "./schemas";
import { createRoom, deleteSession, placeSubmission, publishEditionAgenda, saveSession } from "./service";

const page = (locale: Locale) => `/${locale}/admin/agenda`;

/** "Saved." plus one warning sentence per clash the change is part of. */
async function savedWithClashes(locale: Locale, clashes: Clash[]): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "AdminAgenda" });
  const warnings = clashes.map((c) => (c.kind === "room" ? t("clashRoom", { room: c.room, a: c.a.title, b: c.b.title }) : t("clashSpeaker", { speaker: c.speaker, a: c.a.title, b: c.b.title })));
  return { status: "success", message: [t("saved"), ...warnings].join(" ") };
}

export async function createRoomAction(locale: Locale, editionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, page(locale), formData, roomSchema, (actor, input) => createRoom({ actor, editionId, input }));
  return result.ok ? savedWithClashes(locale, []) : result.state;
}

export async function saveSessionAction(locale: Locale, editionId: string, sessionId: string | null, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, page(locale), formData, sessionSchema, (actor, input) => saveSession({ actor, editionId, sessionId, input }));
  return result.ok ? savedWithClashes(locale, result.data.clashes) : result.state;
}

export async function placeSubmissionAction(locale: Locale, editionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, page(locale), formData, placeSubmissionSchema, (actor, input) => placeSubmission({ actor, editionId, input }));
  return result.ok ? savedWithClashes(locale, result.data.clashes) : result.state;
}

export async function deleteSessionAction(locale: Locale, editionId: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, page(locale), formData, deleteSchema, (actor) => deleteSession({ actor, editionId, sessionId }));
  return result.ok ? savedWithClashes(locale, []) : result.state;
}

export async function publishAgendaAction(locale: Locale, editionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, page(locale), formData, publishSchema, (actor) => publishEditionAgenda({ actor, editionId }));
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminAgenda" });
  return { status: "success", message: t("published", { version: result.data.version, count: result.data.sessionCount }) };
}
