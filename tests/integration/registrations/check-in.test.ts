import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { genevaTime } from "@/lib/time/geneva";
import { ensureReferenceData } from "../../factories/consultation";
import { createUser } from "../../factories/core";
import { createForumRegistration, createRegistrationEdition } from "../../factories/registrations";
import { testDb } from "../../helpers/database";
import { asSecretariat } from "../../helpers/secretariat";

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

const load = async () => ({ ...(await import("@/lib/registrations/check-in")), ...(await import("@/lib/registrations/badge-key")) });
const outcome = <T>(p: Promise<T>) =>
  p.then(
    () => "ok",
    (e: { code?: string; fieldErrors?: { code?: Array<{ key: string }> } }) => `${e.code}:${e.fieldErrors?.code?.[0]?.key ?? ""}`,
  );

async function arrange(overrides: Parameters<typeof createForumRegistration>[1] extends infer A ? Partial<A> : never = {}) {
  const edition = await createRegistrationEdition(db);
  const registration = await createForumRegistration(db, { editionId: edition.id, status: "ACCREDITED", ...overrides });
  const staff = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
  return { edition, registration, staff };
}

// 10:00 in Geneva on a Forum day (summer time)
const morning = genevaTime(2030, 6, 11, 10, 0);

describe("check-in at the venue", () => {
  test("2 desks × 50 parallel scans of one badge make one check-in, one audit entry", async () => {
    const { checkInBadge, badgeTokenFor } = await load();
    const { edition, registration, staff } = await arrange();
    const token = badgeTokenFor(edition.year, registration.badgeCode!);

    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        checkInBadge({ actor: staff, editionYear: edition.year, token, desk: i % 2 ? "Desk A" : "Desk B", now: new Date(morning.getTime() + i) }),
      ),
    );

    const rows = await db.checkIn.findMany({ where: { registrationId: registration.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].day.toISOString()).toBe("2030-06-11T00:00:00.000Z");
    expect(results.filter((r) => r.outcome === "RECORDED")).toHaveLength(1);
    expect(new Set(results.map((r) => r.checkInId))).toEqual(new Set([rows[0].id]));
    expect(await db.auditEntry.count({ where: { action: "check_in.recorded", entityId: rows[0].id } })).toBe(1);
  });

  test("a check-in is per Geneva day: 23:59 and 00:00 in Geneva are two days, whatever UTC says", async () => {
    const { checkInBadge, badgeTokenFor, countCheckIns } = await load();
    const { edition, registration, staff } = await arrange();
    const token = badgeTokenFor(edition.year, registration.badgeCode!);
    const scan = (now: Date) => checkInBadge({ actor: staff, editionYear: edition.year, token, desk: "Main", now });

    const late = await scan(genevaTime(2030, 6, 11, 23, 59));
    const again = await scan(new Date(genevaTime(2030, 6, 12, 0, 0).getTime() - 1));
    const next = await scan(genevaTime(2030, 6, 12, 0, 0));

    expect([late.outcome, again.outcome, next.outcome]).toEqual(["RECORDED", "ALREADY", "RECORDED"]);
    const days = (await db.checkIn.findMany({ where: { registrationId: registration.id }, orderBy: { day: "asc" } })).map((c) =>
      c.day.toISOString().slice(0, 10),
    );
    expect(days).toEqual(["2030-06-11", "2030-06-12"]);
    expect(await countCheckIns(staff, edition.year)).toEqual({
      days: [
        { day: new Date("2030-06-11T00:00:00Z"), count: 1 },
        { day: new Date("2030-06-12T00:00:00Z"), count: 1 },
      ],
      expected: 1,
    });
  });

  test("forged, altered, malformed and other-edition tokens are refused and record nothing", async () => {
    const { checkInBadge, badgeTokenFor } = await load();
    const { edition, registration, staff } = await arrange();
    const other = await createRegistrationEdition(db);
    const token = badgeTokenFor(edition.year, registration.badgeCode!);
    const [v, y, code, sig] = token.split(".");
    const scan = (t: string) => outcome(checkInBadge({ actor: staff, editionYear: edition.year, token: t, desk: "Main", now: morning }));

    expect(await scan(`${v}.${y}.${code}.${sig[0] === "A" ? "B" : "A"}${sig.slice(1)}`)).toBe("VALIDATION:forged");
    expect(await scan(`${v}.${y}.${code.slice(0, -2)}xx.${sig}`)).toBe("VALIDATION:forged");
    expect(await scan(badgeTokenFor(other.year, registration.badgeCode!))).toBe("VALIDATION:otherEdition");
    expect(await scan(registration.id)).toBe("VALIDATION:malformed");
    expect(await db.checkIn.count({ where: { registrationId: registration.id } })).toBe(0);
  });

  test("a validly signed badge whose registration is unknown, not accredited or remote is refused", async () => {
    const { checkInBadge, badgeTokenFor } = await load();
    const { edition, staff } = await arrange();
    const cancelled = await createForumRegistration(db, { editionId: edition.id, status: "CANCELLED", badgeCode: "cancelledBadgeCode0000000" });
    const remote = await createForumRegistration(db, { editionId: edition.id, status: "ACCREDITED", attendance: "REMOTE" });
    const scan = (code: string) =>
      outcome(checkInBadge({ actor: staff, editionYear: edition.year, token: badgeTokenFor(edition.year, code), desk: "Main", now: morning }));

    expect(await scan("neverIssuedBadgeCode00000")).toBe("VALIDATION:unknownBadge");
    expect(await scan(cancelled.badgeCode!)).toBe("VALIDATION:notAccredited");
    expect(await scan(remote.badgeCode!)).toBe("VALIDATION:remote");
    expect(await db.checkIn.count({ where: { registrationId: { in: [cancelled.id, remote.id] } } })).toBe(0);
  });

  test("the desk's card shows the registration's name, organisation and photo, only for its edition", async () => {
    const { checkInBadge, badgeTokenFor, getCheckInCard } = await load();
    const { edition, registration, staff } = await arrange({ givenNames: "Алёна", familyName: "Ковалёва" });
    await db.forumRegistration.update({ where: { id: registration.id }, data: { photo: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) } });
    const other = await createRegistrationEdition(db);

    const { checkInId } = await checkInBadge({
      actor: staff,
      editionYear: edition.year,
      token: badgeTokenFor(edition.year, registration.badgeCode!),
      desk: "Desk B",
      now: morning,
    });

    const card = await getCheckInCard(staff, edition.year, checkInId);
    expect(card).toMatchObject({ fullName: "Алёна Ковалёва", desk: "Desk B", category: "PARTICIPANT", photo: "data:image/jpeg;base64,/9j/2Q==" });
    expect(card?.organisation).toBeTruthy();
    expect(await getCheckInCard(staff, other.year, checkInId)).toBeNull();
  });
});
