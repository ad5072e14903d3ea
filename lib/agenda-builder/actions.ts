"use server";

import { z } from "zod";
import type { MessageRef } from "@/lib/actions/form-state";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import type { Clash } from "./policy";
import { deleteSchema, placeSubmissionSchema, publishSchema, roomSchema, sessionSchema } from "./schemas";
import { createRoom, deleteSession, placeSubmission, publishEditionAgenda, saveSession } from "./service";

const page = (locale: Locale) => `/${locale}/admin/agenda`;
const common = { caller: "secretariat", messages: "AdminValidation", returnTo: page } as const;
const onEdition = { ...common, args: z.tuple([arg.id]) } as const;

/** "Saved." plus one warning sentence per clash the change is part of. */
function savedWithClashes(clashes: Clash[]): MessageRef[] {
  const ref = (key: string, values: Record<string, string>) => ({ namespace: "AdminAgenda", key, values });
  return [
    ref("saved", {}),
    ...clashes.map((c) =>
      c.kind === "room"
        ? ref("clashRoom", { room: c.room, a: c.a.title, b: c.b.title })
        : ref("clashSpeaker", { speaker: c.speaker, a: c.a.title, b: c.b.title }),
    ),
  ];
}

export const createRoomAction = formAction({ ...onEdition, input: roomSchema }, async ({ actor, locale, args: [editionId], input }) => {
  await createRoom({ actor, editionId, input });
  return { revalidate: [page(locale)], notice: savedWithClashes([]) };
});

/** A new session (no session id) or an existing one. */
export const saveSessionAction = formAction(
  { ...common, args: z.tuple([arg.id, arg.id.nullable()]), input: sessionSchema },
  async ({ actor, locale, args: [editionId, sessionId], input }) => {
    const { clashes } = await saveSession({ actor, editionId, sessionId, input });
    return { revalidate: [page(locale)], notice: savedWithClashes(clashes) };
  },
);

export const placeSubmissionAction = formAction({ ...onEdition, input: placeSubmissionSchema }, async ({ actor, locale, args: [editionId], input }) => {
  const { clashes } = await placeSubmission({ actor, editionId, input });
  return { revalidate: [page(locale)], notice: savedWithClashes(clashes) };
});

export const deleteSessionAction = formAction(
  { ...common, args: z.tuple([arg.id, arg.id]), input: deleteSchema },
  async ({ actor, locale, args: [editionId, sessionId] }) => {
    await deleteSession({ actor, editionId, sessionId });
    return { revalidate: [page(locale)], notice: savedWithClashes([]) };
  },
);

export const publishAgendaAction = formAction({ ...onEdition, input: publishSchema }, async ({ actor, locale, args: [editionId] }) => {
  const { version, sessionCount } = await publishEditionAgenda({ actor, editionId });
  return { revalidate: [page(locale)], notice: { namespace: "AdminAgenda", key: "published", values: { version, count: sessionCount } } };
});
