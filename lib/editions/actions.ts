"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { addDeadlineSchema, addPhaseSchema, createEditionSchema, editionSettingsSchema, moveDeadlineSchema, movePhaseSchema } from "./schemas";
import { addDeadline, addPhase, createEdition, moveDeadline, movePhase, updateEditionSettings } from "./service";

const editions = (locale: Locale) => `/${locale}/admin/editions`;
const editor = (locale: Locale, year: number) => `${editions(locale)}/${year}`;
const common = { caller: "secretariat", messages: "AdminValidation" } as const;
/** the edition's editor: bound to (row id, year); the year only says which page to come back to */
const onEditor = { ...common, args: z.tuple([arg.id, arg.year]), returnTo: (locale: Locale, [, year]: [string, number]) => editor(locale, year) } as const;
const saved = { namespace: "AdminCommon", key: "saved" } as const;

export const createEditionAction = formAction(
  { ...common, args: z.tuple([]), input: createEditionSchema, returnTo: editions },
  async ({ actor, locale, input }) => {
    const edition = await createEdition({ actor, input });
    return { redirect: editor(locale, edition.year) };
  },
);

export const updateEditionSettingsAction = formAction(
  { ...onEditor, input: editionSettingsSchema },
  async ({ actor, locale, args: [editionId, year], input }) => {
    await updateEditionSettings({ actor, editionId, input });
    return { revalidate: [editor(locale, year)], notice: saved };
  },
);

export const movePhaseAction = formAction({ ...onEditor, input: movePhaseSchema }, async ({ actor, locale, args: [phaseId, year], input }) => {
  const { mailed } = await movePhase({ actor, phaseId, input });
  return { revalidate: [editor(locale, year)], notice: { namespace: "AdminEditions", key: "movedMailed", values: { mailed } } };
});

export const moveDeadlineAction = formAction({ ...onEditor, input: moveDeadlineSchema }, async ({ actor, locale, args: [deadlineId, year], input }) => {
  const { mailed } = await moveDeadline({ actor, deadlineId, input });
  return { revalidate: [editor(locale, year)], notice: { namespace: "AdminEditions", key: "movedMailed", values: { mailed } } };
});

export const addPhaseAction = formAction({ ...onEditor, input: addPhaseSchema }, async ({ actor, locale, args: [editionId, year], input }) => {
  await addPhase({ actor, editionId, input });
  return { revalidate: [editor(locale, year)], notice: saved };
});

export const addDeadlineAction = formAction({ ...onEditor, input: addDeadlineSchema }, async ({ actor, locale, args: [editionId, year], input }) => {
  await addDeadline({ actor, editionId, input });
  return { revalidate: [editor(locale, year)], notice: saved };
});
