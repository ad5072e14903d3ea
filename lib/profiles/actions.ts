"use server";

import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import { formAction } from "@/lib/actions/pipeline";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { profileSchema } from "./schemas";
import { saveProfile } from "./service";

/**
 * Saves the signed-in user's profile; `returnTo` (bound by the page, so changeable by the
 * client: checked to be a same-site path) is where the user goes next. Near-duplicate
 * organisations come back as an error on the confirmation box, naming them.
 */
export const saveProfileAction = formAction(
  {
    caller: "user",
    args: z.tuple([z.string().max(4096).nullable()]),
    input: profileSchema,
    messages: "ConsultationValidation",
    returnTo: (locale) => `/${locale}/profile`,
  },
  async ({ actor, locale, args: [returnTo], input }) => {
    const result = await saveProfile(actor.id, input);
    if (result.status === "similar") {
      const names = result.candidates.map((c) => (c.countryCode ? `${c.name} (${c.countryCode})` : c.name)).join("; ");
      throw new DomainError("CONFLICT", { confirmNewOrganisation: [{ namespace: "Profile", key: "similarFound", values: { names } }] }, { namespace: "Profile", key: "similarOrganisations" });
    }
    return {
      revalidate: [`/${locale}/profile`, `/${locale}/consultation`],
      redirect: safeRedirectPath(returnTo, `/${locale}/consultation?notice=profileSaved`),
    };
  },
);
