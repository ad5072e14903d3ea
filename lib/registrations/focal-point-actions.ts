"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { focalDecisionSchema } from "./admin-schemas";
import { decideAsFocalPoint } from "./focal-point-queue";

const queuePage = (locale: Locale) => `/${locale}/focal-point`;

/** The focal point accredits or rejects a member of their delegation (the service checks it is theirs). */
export const decideAsFocalPointAction = formAction(
  { caller: "user", args: z.tuple([arg.id]), input: focalDecisionSchema, returnTo: queuePage },
  async ({ actor, locale, args: [registrationId], input, now }) => {
    const { status } = await decideAsFocalPoint(actor, registrationId, input, now);
    // the decided registration leaves the waiting list (and its form with it): the page says what was done
    return { revalidate: [queuePage(locale)], redirect: `${queuePage(locale)}?decided=${status}` };
  },
);
