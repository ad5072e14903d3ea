// Data protection against real PostgreSQL: the erase command's rule leaves no passport data
// anywhere in the database for editions past the retention period, and touches no other edition.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { calendarDay, genevaTime } from "@/lib/time/geneva";
import { asSecretariat } from "../../helpers/secretariat";
import { tablesHolding } from "../../helpers/find-text";
import { createSecretariat, freshEdition } from "../../factories/invitations";
import { codeOf, invitationSuite } from "../invitations/suite";
import { createRegistration, ensureStakeholderTypes } from "./admin-support";

const suite = invitationSuite();
const prisma = suite.prisma;

const passport = () => `P${Math.random().toString(36).slice(2, 10).toUpperCase()}X`;

async function editionEnding(end: Date) {
  const edition = await freshEdition(prisma);
  return prisma.forumEdition.update({
    where: { id: edition.id },
    data: { startDate: calendarDay(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate() - 3), endDate: end },
  });
}

describe("erasing passport data", () => {
  test("the retention rule erases an ended edition's passport data everywhere, audited, and keeps a running edition's", async () => {
    const { eraseExpiredPassportData } = await import("@/lib/registrations/erase");
    await ensureStakeholderTypes(prisma);
    const past = await editionEnding(calendarDay(2030, 6, 13));
    const running = await editionEnding(calendarDay(2030, 7, 30));
    const [gone, kept] = [passport(), passport()];
    const a = await createRegistration(prisma, past.id, { visa: { passportNumber: gone } });
    await createRegistration(prisma, running.id, { visa: { passportNumber: kept } });
    const now = genevaTime(2030, 7, 14, 0, 0, 0, 1); // 30 days after 13 June, one millisecond in

    const done = await prisma.$transaction((tx) => eraseExpiredPassportData(tx, { now, days: 30 }));

    expect(done.find((e) => e.editionId === past.id)?.erased).toBe(1);
    expect(done.find((e) => e.editionId === running.id)).toBeUndefined();
    expect(await tablesHolding(prisma, gone)).toEqual({});
    expect(Object.keys(await tablesHolding(prisma, kept))).toEqual(["VisaLetterRequest"]);
    const request = await prisma.visaLetterRequest.findUniqueOrThrow({ where: { registrationId: a.id } });
    expect(request).toMatchObject({
      nationality: null,
      passportNumber: null,
      passportExpiry: null,
      dateOfBirth: null,
      swissRepresentation: null,
      erasedAt: now,
    });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: past.id, action: "registration.passport_data_erased" } });
    expect(audit.data).toEqual({ year: past.year, requests: 1, reason: "retention" });
  });

  test("one millisecond before the retention ends nothing is erased", async () => {
    const { eraseExpiredPassportData } = await import("@/lib/registrations/erase");
    await ensureStakeholderTypes(prisma);
    const past = await editionEnding(calendarDay(2031, 6, 13));
    const number = passport();
    await createRegistration(prisma, past.id, { visa: { passportNumber: number } });

    const done = await prisma.$transaction((tx) => eraseExpiredPassportData(tx, { now: genevaTime(2031, 7, 13, 23, 59, 59, 999), days: 30 }));

    expect(done.find((e) => e.editionId === past.id)).toBeUndefined();
    expect(Object.keys(await tablesHolding(prisma, number))).toEqual(["VisaLetterRequest"]);
  });

  test("the secretariat's button erases at once after the Forum, never before", async () => {
    const { erasePassportDataNow } = await import("@/lib/registrations/data-protection");
    await ensureStakeholderTypes(prisma);
    const secretariat = asSecretariat({ ...(await createSecretariat(prisma)), name: null });
    const edition = await editionEnding(calendarDay(2032, 6, 13));
    const number = passport();
    await createRegistration(prisma, edition.id, { visa: { passportNumber: number } });

    const early = await codeOf(erasePassportDataNow(secretariat, edition.id, genevaTime(2032, 6, 13, 23, 59, 59, 999)));
    const erased = await erasePassportDataNow(secretariat, edition.id, genevaTime(2032, 6, 14));

    expect([early, erased]).toEqual(["INVALID_STATE", 1]);
    expect(await tablesHolding(prisma, number)).toEqual({});
    expect((await prisma.auditEntry.findFirstOrThrow({ where: { entityId: edition.id, action: "registration.passport_data_erased" } })).actorId).toBe(
      secretariat.id,
    );
  });

  test("npm run registrations:erase runs the rule on the database it is given", async () => {
    await ensureStakeholderTypes(prisma);
    const edition = await editionEnding(calendarDay(2020, 6, 13));
    const number = passport();
    await createRegistration(prisma, edition.id, { visa: { passportNumber: number } });

    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/registrations-erase.ts", "--days", "10"], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    });

    expect(stdout).toMatch(new RegExp(`${edition.year}: passport data of 1 visa-letter request\\(s\\) erased`));
    expect(await tablesHolding(prisma, number)).toEqual({});
  }, 60_000);
});
