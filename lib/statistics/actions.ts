"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { compilationSchema } from "./schemas";
import { setCompilationPublished } from "./service";

const page = (locale: Locale) => `/${locale}/admin/statistics`;

export const setCompilationPublishedAction = formAction(
  { caller: "secretariat", messages: "AdminValidation", args: z.tuple([arg.id]), input: compilationSchema, returnTo: page },
  async ({ actor, locale, args: [editionId], input, now }) => {
    await setCompilationPublished({ actor, editionId, publish: input.publish, now });
    return { revalidate: [page(locale)], notice: { namespace: "AdminStatistics", key: "saved" } };
  },
);
