"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import { checkUpload } from "@/lib/uploads/service";
import { regionalInputSchema } from "./kinds/regional-input";
import { recordRegionalInput } from "./service/record-regional-input";

/** Secretariat: records an input from a regional or national event in an edition. */
export const recordRegionalInputAction = formAction(
  {
    caller: "secretariat",
    args: z.tuple([arg.year]),
    input: regionalInputSchema,
    uploads: { attachment: checkUpload },
    messages: "ConsultationValidation",
    returnTo: (locale) => `/${locale}/admin/regional-inputs`,
  },
  async ({ actor, locale, args: [editionYear], input, uploads, now }) => {
    await recordRegionalInput({ actorId: actor.id, editionYear, input, attachment: uploads.attachment, now });
    return { revalidate: [`/${locale}/admin/regional-inputs`], redirect: `/${locale}/admin/regional-inputs?year=${editionYear}&notice=recorded` };
  },
);
