import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { BadgeCategory } from "@/lib/generated/prisma/enums";
import { calendarDay, genevaParts } from "@/lib/time/geneva";
import { checkBadgeToken } from "./badge-key";

// Check-in at the venue: staff scan a badge's QR code (or a hand-held scanner types it) and the
// desk shows the photo and name for the guard to compare. One check-in per person and Geneva
// calendar day: the unique key (registrationId, day) and INSERT … ON CONFLICT DO NOTHING make
// double scans and two desks scanning the same badge at once one row, with no error.

/** Two desks scanning at once queue for a connection rather than fail. */
const BURST = { maxWait: 20_000, timeout: 20_000 } as const;

const fieldError = (key: string) => new DomainError("VALIDATION", { code: [{ namespace: "CheckIn", key }] });

/** The Geneva calendar day of an instant, as a `date` column holds it (midnight UTC). */
export function genevaDayOf(instant: Date): Date {
  const { year, month, day } = genevaParts(instant);
  return calendarDay(year, month, day);
}

export type CheckInOutcome = "RECORDED" | "ALREADY";

/**
 * Records the arrival of the badge's holder today (Geneva). Refused, as an error under the code
 * field: a token that is not one, forged or altered, of another edition; a badge whose
 * registration is unknown, no longer accredited, or attends remotely. A second scan the same day
 * records nothing and says when and where the first was.
 */
export async function checkInBadge({
  actor,
  editionYear,
  token,
  desk,
  now,
}: {
  actor: Secretariat;
  editionYear: number;
  token: string;
  desk: string;
  now: Date;
}) {
  const check = checkBadgeToken(token, editionYear);
  if (!check.ok) throw fieldError(check.reason === "OTHER_EDITION" ? "otherEdition" : check.reason === "FORGED" ? "forged" : "malformed");
  const day = genevaDayOf(now);
  return db.$transaction(async (tx) => {
    const registration = await tx.forumRegistration.findFirst({
      where: { badgeCode: check.badgeCode, edition: { year: editionYear } },
      select: { id: true, status: true, attendance: true },
    });
    if (!registration) throw fieldError("unknownBadge");
    if (registration.status !== "ACCREDITED") throw fieldError("notAccredited");
    if (registration.attendance !== "ON_SITE") throw fieldError("remote");
    const created = await tx.checkIn.createManyAndReturn({
      data: [{ registrationId: registration.id, day, desk, checkedInAt: now, checkedInById: actor.id }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (created[0]) {
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "check_in.recorded",
        entity: { type: "CheckIn", id: created[0].id },
        data: { registrationId: registration.id, desk, day: day.toISOString().slice(0, 10) },
      });
      return { outcome: "RECORDED" as CheckInOutcome, checkInId: created[0].id };
    }
    const first = await tx.checkIn.findUniqueOrThrow({ where: { registrationId_day: { registrationId: registration.id, day } }, select: { id: true } });
    return { outcome: "ALREADY" as CheckInOutcome, checkInId: first.id };
  }, BURST);
}

export interface CheckInCard {
  id: string;
  checkedInAt: Date;
  desk: string;
  fullName: string;
  organisation: string | null;
  country: unknown;
  category: BadgeCategory;
  /** the badge photo as a data: URL (the page's CSP allows data: images), or null */
  photo: string | null;
}

/** One check-in of the edition, with what the guard compares (photo and name). */
export async function getCheckInCard(_actor: Secretariat, editionYear: number, checkInId: string): Promise<CheckInCard | null> {
  const row = await db.checkIn.findFirst({
    where: { id: checkInId, registration: { edition: { year: editionYear } } },
    select: {
      id: true,
      checkedInAt: true,
      desk: true,
      registration: {
        select: {
          givenNames: true,
          familyName: true,
          category: true,
          photo: true,
          organisation: { select: { name: true } },
          country: { select: { name: true } },
        },
      },
    },
  });
  if (!row) return null;
  const r = row.registration;
  return {
    id: row.id,
    checkedInAt: row.checkedInAt,
    desk: row.desk,
    fullName: `${r.givenNames} ${r.familyName}`,
    organisation: r.organisation?.name ?? null,
    country: r.country.name,
    category: r.category,
    photo: r.photo ? `data:image/jpeg;base64,${Buffer.from(r.photo).toString("base64")}` : null,
  };
}

/** Check-ins per Geneva day of the edition, and how many accredited participants attend on site. */
export async function countCheckIns(_actor: Secretariat, editionYear: number) {
  const [days, expected] = await Promise.all([
    db.checkIn.groupBy({ by: ["day"], where: { registration: { edition: { year: editionYear } } }, _count: { _all: true }, orderBy: { day: "asc" } }),
    db.forumRegistration.count({ where: { edition: { year: editionYear }, status: "ACCREDITED", attendance: "ON_SITE" } }),
  ]);
  return { days: days.map((d) => ({ day: d.day, count: d._count._all })), expected };
}
