// The profile form's server action with only the framework edges stubbed: near-duplicate
// organisations come back as an error on the confirmation box, naming them, with every field kept.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDb } from "../../helpers/database";
import { createOrganisation, createStakeholder, ensureReferenceData } from "../../factories/consultation";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null; role: "STAKEHOLDER" } }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/server", () => ({ after: vi.fn() }));
vi.mock("next-intl/server", () => import("../../helpers/next-edges").then((m) => m.intlServer()));
vi.mock("next/navigation", () => import("../../helpers/next-edges").then((m) => m.navigation()));
vi.mock("@/lib/auth/session", () => import("../../helpers/next-edges").then((m) => m.sessionOf(session)));

let db: PrismaClient;
beforeAll(async () => {
  db = testDb();
  await ensureReferenceData(db);
});
afterAll(async () => {
  await db.$disconnect();
  const { db: appDb } = await import("@/lib/db");
  await appDb.$disconnect();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("saveProfileAction", () => {
  test("a near-duplicate organisation: nothing saved, the candidates named under the confirmation box, every field echoed", async () => {
    const { saveProfileAction } = await import("@/lib/profiles/actions");
    const unique = Date.now().toString(36);
    await createOrganisation(db, { name: `Université de Lausanne ${unique}` });
    const user = await createStakeholder(db);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };
    const fields = {
      name: "Jean Dupont",
      stakeholderTypeCode: "ACADEMIA",
      countryCode: "KE",
      preferredLanguage: "fr",
      organisationChoice: "new",
      organisationName: `Universite de Lausanne ${unique}`,
    };

    const state = await saveProfileAction("fr", null, { status: "idle" }, form(fields));

    expect(state).toMatchObject({ status: "error", code: "CONFLICT", values: fields });
    expect(state.status === "error" && state.message).toMatch(/nom semblable/);
    expect(state.status === "error" && state.fieldErrors?.confirmNewOrganisation?.[0]).toContain(`Université de Lausanne ${unique}`);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  test("a missing name and a near-duplicate organisation are reported in the same round", async () => {
    const { saveProfileAction } = await import("@/lib/profiles/actions");
    const unique = Date.now().toString(36);
    await createOrganisation(db, { name: `Tallinn Open Archives Collective ${unique}` });
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };

    const state = await saveProfileAction(
      "en",
      null,
      { status: "idle" },
      form({
        name: "",
        stakeholderTypeCode: "CIVIL_SOCIETY",
        countryCode: "KE",
        preferredLanguage: "en",
        organisationChoice: "new",
        organisationName: `Tallinn Open Archives Collective ${unique}.`,
      }),
    );

    expect(state.status === "error" && Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["confirmNewOrganisation", "name"]);
    expect(state.status === "error" && state.fieldErrors?.confirmNewOrganisation?.[0]).toContain(`Tallinn Open Archives Collective ${unique}`);
  });

  test("a bound returnTo that is not a string (the client can send anything) is refused as NOT_FOUND", async () => {
    const { saveProfileAction } = await import("@/lib/profiles/actions");
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };

    expect(await saveProfileAction("en", { href: "https://evil.example" }, { status: "idle" }, form({}))).toMatchObject({ status: "error", code: "NOT_FOUND" });
  });
});
