"use server";

import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { MessageRef } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/pipeline";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { profileSchema } from "./schemas";
import { saveProfile, similarOrganisationsFor, type OrganisationCandidate } from "./service";

const similarFound = (candidates: OrganisationCandidate[]) => ({
  namespace: "Profile",
  key: "similarFound",
  values: { names: candidates.map((c) => (c.countryCode ? `${c.name} (${c.countryCode})` : c.name)).join("; ") },
});

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
    // a near-duplicate organisation is named with the form's other errors, not one round later
    checks: async (raw): Promise<Record<string, MessageRef[]>> => {
      const candidates = await similarOrganisationsFor(raw);
      return candidates.length ? { confirmNewOrganisation: [similarFound(candidates)] } : {};
    },
    messages: "ConsultationValidation",
    returnTo: (locale) => `/${locale}/profile`,
  },
  async ({ actor, locale, args: [returnTo], input }) => {
    const result = await saveProfile(actor.id, input);
    if (result.status === "similar") {
      throw new DomainError("CONFLICT", { confirmNewOrganisation: [similarFound(result.candidates)] }, { namespace: "Profile", key: "similarOrganisations" });
    }
    return {
      revalidate: [`/${locale}/profile`, `/${locale}/consultation`],
      redirect: safeRedirectPath(returnTo, `/${locale}/consultation?notice=profileSaved`),
    };
  },
);
