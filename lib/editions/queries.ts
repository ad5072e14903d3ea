import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { cache } from "react";
import { db } from "@/lib/db";
import type { EditionStatus } from "@/lib/generated/prisma/enums";
import { affectedByDeadline, affectedByPhase } from "./affected";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";

export interface EditionOption {
  id: string;
  year: number;
  title: string;
  status: EditionStatus;
}

/** Every edition, newest first, drafts included (the secretariat sees them all). */
export const listEditionsForAdmin = cache(async (secretariat: Secretariat, locale: Locale): Promise<EditionOption[]> => {
  const rows = await db.forumEdition.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true, title: true, status: true } });
  return rows.map((r) => ({ id: r.id, year: r.year, title: localizeText(r.title, locale), status: r.status }));
});

/**
 * The edition a secretariat page works on: the one asked for by year, else the demo/current
 * one (the newest edition that has not ended), else the newest.
 */
export async function pickAdminEdition(secretariat: Secretariat, locale: Locale, year: string | undefined, now = new Date()): Promise<EditionOption | null> {
  const all = await listEditionsForAdmin(secretariat, locale);
  if (year && /^\d{4}$/.test(year)) return all.find((e) => e.year === Number(year)) ?? null;
  const running = await db.forumEdition.findFirst({ where: { endDate: { gte: now } }, orderBy: { startDate: "asc" }, select: { id: true } });
  return all.find((e) => e.id === running?.id) ?? all[0] ?? null;
}

/** An edition with its phases and deadlines, and who depends on each date. Secretariat only. */
export async function getEditionForEditor(secretariat: Secretariat, year: number) {
  const edition = await db.forumEdition.findUnique({
    where: { year },
    select: {
      id: true,
      year: true,
      title: true,
      startDate: true,
      endDate: true,
      status: true,
      datesIndicative: true,
      compilationPublishedAt: true,
      phases: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, startsAt: true, endsAt: true, datesIndicative: true } },
      deadlines: {
        orderBy: { closesAt: "asc" },
        select: {
          id: true,
          kind: true,
          campaignId: true,
          campaign: { select: { symbol: true } },
          opensAt: true,
          closesAt: true,
          modificationClosesAt: true,
          indicative: true,
        },
      },
    },
  });
  if (!edition) return null;
  const [phases, deadlines] = await Promise.all([
    Promise.all(edition.phases.map(async (p) => ({ ...p, affected: await affectedByPhase(db, p.id) }))),
    Promise.all(edition.deadlines.map(async (d) => ({ ...d, affected: await affectedByDeadline(db, edition.id, d.kind, d.campaignId) }))),
  ]);
  return { ...edition, phases, deadlines };
}
