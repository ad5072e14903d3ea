import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { foldText } from "@/lib/submissions/fold";
import { findSimilarOrganisations } from "./queries";
import { profileFields, type ProfileInput } from "./schemas";

export interface OrganisationCandidate {
  id: string;
  name: string;
  countryCode: string | null;
}
export type SaveProfileResult = { status: "saved"; organisationId: string } | { status: "similar"; candidates: OrganisationCandidate[] };

/**
 * The near-duplicates a new organisation would need confirming against, none when the user
 * chose an existing one, confirmed, or named one that exists as written (it is then used).
 */
async function similarOrganisations(input: {
  organisationName: string;
  countryCode: string;
  confirmNewOrganisation: boolean;
}): Promise<OrganisationCandidate[]> {
  if (input.confirmNewOrganisation) return [];
  const same = await db.organisation.findFirst({
    where: { normalizedName: foldText(input.organisationName), countryCode: input.countryCode },
    select: { id: true },
  });
  if (same) return [];
  return (await findSimilarOrganisations(input.organisationName)).map(({ id, name, countryCode }) => ({ id, name, countryCode }));
}

const newOrganisationFields = profileFields.pick({ organisationChoice: true, organisationName: true, countryCode: true, confirmNewOrganisation: true });

/**
 * The same check on a form that may not be valid otherwise (so the user learns of it with the
 * other errors): it runs when the organisation fields themselves are valid.
 */
export async function similarOrganisationsFor(raw: unknown): Promise<OrganisationCandidate[]> {
  const fields = newOrganisationFields.safeParse(raw);
  if (!fields.success || fields.data.organisationChoice !== "new" || !fields.data.organisationName) return [];
  return similarOrganisations({
    organisationName: fields.data.organisationName,
    countryCode: fields.data.countryCode,
    confirmNewOrganisation: fields.data.confirmNewOrganisation,
  });
}

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
      const candidates = await similarOrganisations({
        organisationName: name,
        countryCode: input.countryCode,
        confirmNewOrganisation: input.confirmNewOrganisation,
      });
      if (candidates.length) return { status: "similar", candidates };
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
