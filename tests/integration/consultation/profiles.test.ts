import { describe, expect, test } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { profileSchema } from "@/lib/profiles/schemas";
import { createUser } from "../../factories/core";
import { createOrganisation } from "../../factories/consultation";
import { withConsultationDatabase } from "./support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const form = (overrides: Record<string, string>) =>
  profileSchema.parse({
    name: "Jean Dupont",
    stakeholderTypeCode: "ACADEMIA",
    countryCode: "CH",
    preferredLanguage: "fr",
    organisationChoice: "new",
    ...overrides,
  });

describe("profile and organisation", () => {
  test("a near-duplicate organisation name is offered first; confirming creates a new one", async () => {
    const { saveProfile } = await import("@/lib/profiles/service");
    const unique = Date.now().toString(36);
    const existing = await createOrganisation(db, { name: `Université de Genève ${unique}` });
    const user = await createUser(db);

    const first = await saveProfile(user.id, form({ organisationName: `Universite de Geneve ${unique}.`, countryCode: "KE" }));
    expect(first.status).toBe("similar");
    expect(first.status === "similar" && first.candidates.map((c) => c.id)).toEqual([existing.id]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).organisationId).toBeNull();

    const confirmed = await saveProfile(
      user.id,
      form({ organisationName: `Universite de Geneve ${unique}.`, countryCode: "KE", confirmNewOrganisation: "on" }),
    );
    expect(confirmed.status).toBe("saved");
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { organisation: true } });
    expect(saved).toMatchObject({ name: "Jean Dupont", preferredLanguage: "fr", stakeholderTypeCode: "ACADEMIA", countryCode: "KE" });
    expect(saved.organisation).toMatchObject({ normalizedName: `universite de geneve ${unique}`, createdById: user.id });
    expect(saved.organisationId).not.toBe(existing.id);
  });

  test("the same folded name in the same country reuses the organisation; choosing an existing one links it", async () => {
    const { saveProfile } = await import("@/lib/profiles/service");
    const existing = await createOrganisation(db, { name: `Kenya ICT Network ${Date.now().toString(36)}`, countryCode: "CH" });
    const [a, b] = [await createUser(db), await createUser(db)];

    expect(await saveProfile(a.id, form({ organisationName: existing.name.toUpperCase() }))).toEqual({ status: "saved", organisationId: existing.id });
    expect(await saveProfile(b.id, form({ organisationChoice: "existing", organisationId: existing.id }))).toEqual({
      status: "saved",
      organisationId: existing.id,
    });
  });

  test("an unknown organisation id is a field error, not a crash", async () => {
    const { saveProfile } = await import("@/lib/profiles/service");
    const user = await createUser(db);
    await expect(saveProfile(user.id, form({ organisationChoice: "existing", organisationId: "nosuchorganisation" }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { organisationId: ["choice"] },
    });
  });
});
