// The secretariat marks organisations whose participants are accredited automatically (UN
// entities, ITU members), against real PostgreSQL: the mark is audited in the same transaction,
// registrations made afterwards follow it, and saving the value already held records nothing.
import { describe, expect, test } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { registrationSchema } from "@/lib/registrations/schemas";
import { genevaTime } from "@/lib/time/geneva";
import { createOrganisation, createStakeholder } from "../../factories/consultation";
import { createUser } from "../../factories/core";
import { createRegistrationEdition } from "../../factories/registrations";
import { asSecretariat } from "../../helpers/secretariat";
import { formInput, outcomeOf, withConsultationDatabase } from "../consultation/support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const NOW = genevaTime(2030, 1, 15, 10, 0);
const eligibility = () => import("@/lib/registrations/eligibility");
const service = () => import("@/lib/registrations/service");

const remoteForm = (organisationId: string) =>
  registrationSchema.parse(
    formInput({
      honorific: "MR",
      givenNames: "Kofi",
      familyName: "Mensah",
      organisationId,
      stakeholderTypeCode: "CIVIL_SOCIETY",
      countryCode: "KE",
      gender: "MALE",
      attendance: "REMOTE",
      interestReason: "",
      priorParticipation: "",
      privacyConsent: "on",
    }),
  );

async function register(organisationId: string, year: number) {
  const { saveRegistration } = await service();
  const user = await createStakeholder(db, { organisationId });
  return outcomeOf(saveRegistration({ userId: user.id, year, input: remoteForm(organisationId), photo: null, locale: "en", now: NOW }));
}

describe("accreditation eligibility", () => {
  test("marked by the secretariat: audited, and the next registration of that organisation is accredited at once", async () => {
    const { setAccreditationEligibility } = await eligibility();
    const secretariat = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
    const edition = await createRegistrationEdition(db);
    const organisation = await createOrganisation(db, { accreditationEligible: false });

    // before the mark: the expression of interest is required, so the empty answers are refused
    expect(await register(organisation.id, edition.year)).toBe("VALIDATION");

    await setAccreditationEligibility(secretariat, organisation.id, true);

    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).accreditationEligible).toBe(true);
    const audit = await db.auditEntry.findMany({ where: { entityId: organisation.id, action: "organisation.accreditation_eligibility_changed" } });
    expect(audit.map((a) => [a.actorId, a.data])).toEqual([[secretariat.id, { eligible: true }]]);
    expect(await register(organisation.id, edition.year)).toBe("ok");
    const accredited = await db.forumRegistration.findMany({ where: { organisationId: organisation.id }, select: { status: true, badgeCode: true } });
    expect(accredited.map((r) => r.status)).toEqual(["ACCREDITED"]);
    expect(accredited[0].badgeCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  test("taking the mark away: later registrations wait in the queue, those already accredited stay so; the same value twice records once", async () => {
    const { setAccreditationEligibility } = await eligibility();
    const secretariat = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
    const edition = await createRegistrationEdition(db);
    const organisation = await createOrganisation(db, { accreditationEligible: true });
    expect(await register(organisation.id, edition.year)).toBe("ok");

    await setAccreditationEligibility(secretariat, organisation.id, false);
    await setAccreditationEligibility(secretariat, organisation.id, false);

    expect(await register(organisation.id, edition.year)).toBe("VALIDATION");
    const rows = await db.forumRegistration.findMany({ where: { organisationId: organisation.id }, select: { status: true } });
    expect(rows.map((r) => r.status)).toEqual(["ACCREDITED"]);
    expect(await db.auditEntry.count({ where: { entityId: organisation.id, action: "organisation.accreditation_eligibility_changed" } })).toBe(1);
  });

  test("an organisation that does not exist: NOT_FOUND, nothing recorded", async () => {
    const { setAccreditationEligibility } = await eligibility();
    const secretariat = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));

    expect(await outcomeOf(setAccreditationEligibility(secretariat, "c00000000000000000000000", true))).toBe("NOT_FOUND");
    expect(await db.auditEntry.count({ where: { entityId: "c00000000000000000000000" } })).toBe(0);
  });

  test("the list puts the eligible first and finds by part of the name, in any case", async () => {
    const { listOrganisationsForEligibility } = await eligibility();
    const secretariat = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
    const tag = `Elig${Date.now().toString(36)}`;
    const plain = await createOrganisation(db, { name: `${tag} Alpha Network`, accreditationEligible: false });
    const marked = await createOrganisation(db, { name: `${tag} Zeta Agency`, accreditationEligible: true });

    const found = await listOrganisationsForEligibility(secretariat, tag.toLowerCase());

    expect(found.map((o) => o.id)).toEqual([marked.id, plain.id]);
  });
});
