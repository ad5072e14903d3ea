import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { foldText } from "@/lib/submissions/fold";
import { findSimilarOrganisations } from "./queries";
import type { ProfileInput } from "./schemas";

export type SaveProfileResult =
  | { status: "saved"; organisationId: string }
  | { status: "similar"; candidates: { id: string; name: string; countryCode: string | null }[] };

/**
 * Saves a user's profile. A new organisation is created unless one with the same folded name
 * and country exists (then that one is used) or near-duplicates exist and the user has not
 * confirmed that theirs is different (then nothing is saved and the candidates are returned).
 */
export async function saveProfile(userId: string, input: ProfileInput): Promise<SaveProfileResult> {
  let organisationId: string;
  if (input.organisationChoice === "existing") {
    const org = await db.organisation.findUnique({ where: { id: input.organisationId! }, select: { id: true } });
    if (!org) throw new DomainError("VALIDATION", { organisationId: ["choice"] });
    organisationId = org.id;
  } else {
    const name = input.organisationName!;
    const normalizedName = foldText(name);
    const same = await db.organisation.findFirst({ where: { normalizedName, countryCode: input.countryCode }, select: { id: true } });
    if (same) organisationId = same.id;
    else {
      const candidates = await findSimilarOrganisations(name);
      if (candidates.length && !input.confirmNewOrganisation) {
        return { status: "similar", candidates: candidates.map(({ id, name: n, countryCode }) => ({ id, name: n, countryCode })) };
      }
      const created = await db.organisation.upsert({
        where: { normalizedName_countryCode: { normalizedName, countryCode: input.countryCode } },
        update: {},
        create: { name, normalizedName, stakeholderTypeCode: input.stakeholderTypeCode, countryCode: input.countryCode, createdById: userId },
        select: { id: true },
      });
      organisationId = created.id;
    }
  }
  await db.user.update({
    where: { id: userId },
    data: {
      name: input.name,
      jobTitle: input.jobTitle ?? null,
      stakeholderTypeCode: input.stakeholderTypeCode,
      countryCode: input.countryCode,
      preferredLanguage: input.preferredLanguage,
      organisationId,
    },
  });
  return { status: "saved", organisationId };
}
