// Where sign-in lands when the user asked for no page (issue #12 item 17), against the real
// PostgreSQL: the secretariat on its dashboard, an incomplete profile on the profile page, a
// destination the user asked for always kept.
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { chooseLanding, isDefaultDestination, landingAfterSignIn } from "@/lib/auth/landing";
import { createUser } from "../../factories/core";
import { createStakeholder } from "../../factories/consultation";

afterAll(() => db.$disconnect());

describe("the landing after sign-in", () => {
  test("the language home is 'no destination'; any other page is one", () => {
    for (const path of ["/", "/en", "/ar", "/en/", "/fr?x=1"]) expect(isDefaultDestination(path)).toBe(true);
    for (const path of ["/en/invitations/abc", "/ar/forums/2027", "/en/admin", "/xx"]) expect(isDefaultDestination(path)).toBe(false);
  });

  test("the secretariat goes to its dashboard, in the language it signed in with, profile or not", async () => {
    const staff = await createUser(db, { role: "SECRETARIAT" });
    expect(await landingAfterSignIn(staff.email, "en", "/en")).toBe("/en/admin");
    expect(await landingAfterSignIn(staff.email.toUpperCase(), "ar", "/ar")).toBe("/ar/admin");
  });

  test("a user whose profile lacks a name, organisation, stakeholder type or country goes to the profile page", async () => {
    const fresh = await db.user.create({ data: { email: `fresh-${Date.now()}@example.org` } });
    expect(await landingAfterSignIn(fresh.email, "ar", "/ar")).toBe("/ar/profile?complete=1");
    const stakeholder = await createStakeholder(db);
    expect(await landingAfterSignIn(stakeholder.email, "en", "/en")).toBe("/en");
    for (const missing of [{ name: null }, { organisationId: null }, { stakeholderTypeCode: null }, { countryCode: null }]) {
      await db.user.update({
        where: { id: stakeholder.id },
        data: { name: "Amina", organisationId: stakeholder.organisationId, stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE", ...missing },
      });
      expect(await landingAfterSignIn(stakeholder.email, "en", "/en")).toBe("/en/profile?complete=1");
    }
  });

  test("a destination the user asked for is kept for everyone (an invitation, a form)", async () => {
    const staff = await createUser(db, { role: "SECRETARIAT" });
    const fresh = await db.user.create({ data: { email: `asked-${Date.now()}@example.org` } });
    expect(await landingAfterSignIn(staff.email, "en", "/en/invitations/xyz")).toBe("/en/invitations/xyz");
    expect(await landingAfterSignIn(fresh.email, "en", "/en/consultation/2027/contributions/new")).toBe("/en/consultation/2027/contributions/new");
    expect(chooseLanding("/en", "en", null)).toBe("/en");
  });
});
