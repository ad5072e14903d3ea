// The seed against a real, freshly migrated PostgreSQL database of its own (other test files
// write to the shared one): the letters' dates as exact instants, the reference lists, the
// demonstration edition around a fixed `now`, and a second run that changes nothing.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { locales } from "../../lib/i18n/locales.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { seed } from "../../prisma/seed.ts";
import { createFreshDatabase } from "../helpers/fresh-database.ts";

// 20 March 2026, 12:00 in Geneva (CET). Clocks go forward on 29 March, so the demonstration
// dates straddle a change of UTC offset and show that days are counted on Geneva's calendar.
const NOW = new Date("2026-03-20T11:00:00.000Z");

let database: Awaited<ReturnType<typeof createFreshDatabase>>;
let prisma: ReturnType<typeof createPrismaClient>;
let firstSummary = "";
/** The demonstration edition is create-only: one seeded earlier, at another `now`, keeps its dates. */
let demoSeededBefore = false;

beforeAll(async () => {
  database = await createFreshDatabase("seed");
  prisma = createPrismaClient(database.url, 4);
  demoSeededBefore = (await prisma.forumEdition.count({ where: { isDemo: true } })) > 0;
  firstSummary = await seed(prisma, { now: NOW });
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** A campaign with its letter's deadlines (Deadline rows of the campaign) as instants. */
const withLetterDeadlines = <C extends { deadlines: { kind: string; closesAt: Date }[] }>(c: C) => ({
  ...c,
  responseDeadline: c.deadlines.find((d) => d.kind === "INVITATION_RESPONSE")?.closesAt,
  statementDeadline: c.deadlines.find((d) => d.kind === "POLICY_STATEMENT")?.closesAt ?? null,
});

async function edition(year: number) {
  const e = await prisma.forumEdition.findUniqueOrThrow({
    where: { year },
    include: {
      phases: { orderBy: { number: "asc" }, include: { meetings: true } },
      deadlines: true,
      campaigns: { include: { deadlines: true } },
      documents: { include: { versions: true } },
    },
  });
  return { ...e, campaigns: e.campaigns.map(withLetterDeadlines) };
}

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations'
     order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`select count(*)::int as n from "${name.replaceAll('"', '""')}"`);
    counts[name] = row.n;
  }
  return counts;
}

describe("seed: WSIS Forum 2017 and its open consultation process (letter of 27 July 2016)", () => {
  test("the edition: 12–16 June 2017, Geneva, four co-organisers, indicative dates", async () => {
    const e = await edition(2017);
    expect(iso(e.startDate)).toBe("2017-06-12T00:00:00.000Z");
    expect(iso(e.endDate)).toBe("2017-06-16T00:00:00.000Z");
    expect(e.coOrganisers).toEqual(["ITU", "UNESCO", "UNCTAD", "UNDP"]);
    expect(e.datesIndicative).toBe(true);
    expect(e.isDemo).toBe(false);
    expect(e.theme).toMatchObject({ en: "Information and Knowledge Societies for SDGs" });
    expect(e.venue).toMatchObject({ en: "Geneva, Switzerland" });
  });

  test("the six phases, their kinds and their start instants (Geneva time in UTC)", async () => {
    const e = await edition(2017);
    expect(e.phases.map((p) => [p.number, p.kind, iso(p.startsAt)])).toEqual([
      [1, "OPENING", "2016-08-31T22:00:00.000Z"], // 1 Sep 2016, 00:00 CEST
      [2, "PHYSICAL_MEETING", "2016-10-12T14:30:00.000Z"], // 16:30 CEST
      [3, "PHYSICAL_MEETING", "2017-02-14T13:30:00.000Z"], // 14:30 CET
      [4, "DEADLINE", "2017-02-19T23:00:00.000Z"], // the day of 20 Feb 2017
      [5, "FINAL_REVIEW", "2017-03-14T13:30:00.000Z"],
      [6, "FINAL_BRIEF", "2017-05-10T12:30:00.000Z"], // 14:30 CEST
    ]);
    expect(e.phases[0].opensKinds).toEqual(["CONTRIBUTION", "WORKSHOP_REQUEST", "FACILITATOR_NOMINATION", "REGIONAL_INPUT"]);
    for (const p of e.phases.filter((p) => [2, 3, 5, 6].includes(p.number))) {
      expect(p.remoteParticipation).toBe(true);
      expect(p.datesIndicative).toBe(true);
      expect(p.meetings).toHaveLength(1);
      expect(p.meetings[0]).toMatchObject({ capacity: 80, remoteAvailable: true });
      expect(iso(p.meetings[0].startsAt)).toBe(iso(p.startsAt));
    }
    expect(e.phases[0].meetings).toHaveLength(0);
    expect(e.phases[3].meetings).toHaveLength(0);
    const first = e.phases[1].meetings[0];
    expect([iso(first.startsAt), iso(first.endsAt)]).toEqual(["2016-10-12T14:30:00.000Z", "2016-10-12T16:00:00.000Z"]);
  });

  test("the deadlines: contributions and workshops until the end of 20 February 2017", async () => {
    const e = await edition(2017);
    const byKind = Object.fromEntries(e.deadlines.map((d) => [d.kind, [iso(d.opensAt), iso(d.closesAt)]]));
    expect(byKind).toEqual({
      CONTRIBUTION: ["2016-08-31T22:00:00.000Z", "2017-02-20T23:00:00.000Z"],
      WORKSHOP_REQUEST: ["2016-08-31T22:00:00.000Z", "2017-02-20T23:00:00.000Z"],
      REGIONAL_INPUT: ["2016-08-31T22:00:00.000Z", "2017-02-20T23:00:00.000Z"],
      FACILITATOR_NOMINATION: ["2016-08-31T22:00:00.000Z", "2016-10-12T14:30:00.000Z"],
      MEETING_REGISTRATION: ["2016-08-31T22:00:00.000Z", "2017-05-10T12:30:00.000Z"],
    });
  });

  test("the letter, in Arabic (the original) and English", async () => {
    const e = await edition(2017);
    const [letter] = e.documents;
    expect(letter).toMatchObject({ slug: "wsis-forum-2017-ocp", symbol: "WSIS-FORUM-2017", kind: "LETTER" });
    expect(iso(letter.date)).toBe("2016-07-27T00:00:00.000Z");
    expect(letter.contact).toEqual({ name: "Mr Jaroslaw Ponder", email: "wsis-info@itu.int", phone: "+41 22 730 60 65", fax: "+41 22 730 64 53" });
    const versions = Object.fromEntries(letter.versions.map((v) => [v.language, v]));
    expect(Object.keys(versions).sort()).toEqual(["ar", "en"]);
    expect(versions.ar.isOriginal).toBe(true);
    expect(versions.ar.body).toContain("المرحلة السادسة");
    expect(versions.en.isOriginal).toBe(false);
    expect(versions.en.body).toContain("Phase VI: 10 May 2017");
  });
});

describe("seed: WSIS Forum 2020 and CL-19/59", () => {
  test("the edition: 6–9 April 2020, High-Level Track 7–8 April, the theme of the letter", async () => {
    const e = await edition(2020);
    expect([iso(e.startDate), iso(e.endDate)]).toEqual(["2020-04-06T00:00:00.000Z", "2020-04-09T00:00:00.000Z"]);
    expect([iso(e.hltStartDate), iso(e.hltEndDate)]).toEqual(["2020-04-07T00:00:00.000Z", "2020-04-08T00:00:00.000Z"]);
    expect(e.theme).toMatchObject({
      en: "Fostering digital transformation and global partnerships: WSIS Action Lines for achieving the SDGs",
      ar: "تعزيز التحول الرقمي والشراكات العالمية: خطوط عمل القمة من أجل تحقيق أهداف التنمية المستدامة",
    });
    expect(e.host).toBe("ITU");
    expect(e.coOrganisers).toEqual(["ITU", "UNESCO", "UNCTAD", "UNDP"]);
    expect(e.phases).toHaveLength(0);
  });

  test("the campaign: confirm by the end of 15 January 2020 in Geneva", async () => {
    const e = await edition(2020);
    expect(e.campaigns).toHaveLength(1);
    const [campaign] = e.campaigns;
    expect(campaign.symbol).toBe("CL-19/59");
    expect(iso(campaign.letterDate)).toBe("2019-12-06T00:00:00.000Z");
    expect(iso(campaign.responseDeadline)).toBe("2020-01-15T23:00:00.000Z");
    expect(iso(campaign.statementDeadline)).toBe("2020-01-15T23:00:00.000Z");
    const byKind = Object.fromEntries(e.deadlines.map((d) => [d.kind, iso(d.closesAt)]));
    expect(byKind).toEqual({ INVITATION_RESPONSE: "2020-01-15T23:00:00.000Z", POLICY_STATEMENT: "2020-01-15T23:00:00.000Z" });

    const [letter] = e.documents;
    expect(campaign.documentId).toBe(letter.id);
    expect(letter).toMatchObject({ slug: "cl-19-59", symbol: "CL-19/59", kind: "CIRCULAR_LETTER" });
    expect(letter.contact).toEqual({ name: "Ms Gitanjali Sah", email: "wsis-info@itu.int", phone: "+41 22 730 5614" });
    expect(letter.addressees).toMatchObject({ en: "Heads of regulatory bodies of ITU Member States" });
    expect(letter.versions.map((v) => [v.language, v.isOriginal]).sort()).toEqual([
      ["ar", true],
      ["en", false],
    ]);
  });
});

describe("seed: reference data", () => {
  test("193 Member States in their M49 regions, named in six languages", async () => {
    expect(await prisma.memberState.count()).toBe(193);
    const states = await prisma.memberState.findMany({ where: { code: { in: ["CH", "BR", "EG", "CY", "VA"] } } });
    const byCode = Object.fromEntries(states.map((s) => [s.code, s]));
    expect(byCode.VA).toBeUndefined(); // the Holy See is an observer State
    expect(byCode.CH).toMatchObject({ alpha3: "CHE", numeric: "756", regionCode: "europe" });
    expect(byCode.BR).toMatchObject({ alpha3: "BRA", numeric: "076", regionCode: "americas" });
    expect(byCode.EG.name).toMatchObject({ en: "Egypt", ar: "مصر" });
    expect(byCode.CY).toMatchObject({ regionCode: "asia", subregion: "Western Asia" }); // M49, not the package
    const perRegion = await prisma.memberState.groupBy({ by: ["regionCode"], _count: true, orderBy: { regionCode: "asc" } });
    expect(perRegion.map((r) => [r.regionCode, r._count])).toEqual([
      ["africa", 54],
      ["americas", 35],
      ["asia", 47],
      ["europe", 43],
      ["oceania", 14],
    ]);
  });

  test("six stakeholder types, Action Lines C1–C11, 17 SDGs, five regions", async () => {
    expect((await prisma.stakeholderType.findMany({ orderBy: { sortOrder: "asc" } })).map((s) => s.code)).toEqual([
      "GOVERNMENT",
      "PRIVATE_SECTOR",
      "CIVIL_SOCIETY",
      "ACADEMIA",
      "INTERNATIONAL_ORGANIZATION",
      "TECHNICAL_COMMUNITY",
    ]);
    const lines = await prisma.actionLine.findMany({ orderBy: { number: "asc" } });
    expect(lines.map((l) => l.code)).toEqual(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"]);
    expect(lines[0].title).toMatchObject({ en: "The role of public governance authorities and all stakeholders in the promotion of ICTs for development" });
    expect(lines[1].title).toMatchObject({ en: "Information and communication infrastructure" });
    const goals = await prisma.sdg.findMany({ orderBy: { number: "asc" } });
    expect(goals.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(goals[16].title).toMatchObject({ en: "Partnerships for the goals" });
    expect((await prisma.unRegion.findMany({ orderBy: { sortOrder: "asc" } })).map((r) => r.code)).toEqual(["africa", "americas", "asia", "europe", "oceania"]);
  });

  test("every translated text is there in all six languages", async () => {
    const texts: [string, unknown][] = [];
    const collect = (what: string, ...values: unknown[]) => values.forEach((v) => texts.push([what, v]));
    for (const r of await prisma.unRegion.findMany()) collect(`region ${r.code}`, r.name);
    for (const s of await prisma.memberState.findMany()) collect(`state ${s.code}`, s.name);
    for (const s of await prisma.stakeholderType.findMany()) collect(`stakeholder ${s.code}`, s.name);
    for (const l of await prisma.actionLine.findMany()) collect(`action line ${l.code}`, l.title);
    for (const g of await prisma.sdg.findMany()) collect(`SDG ${g.number}`, g.title);
    for (const e of await prisma.forumEdition.findMany()) collect(`edition ${e.year}`, e.title, e.theme, e.description, e.venue);
    for (const p of await prisma.consultationPhase.findMany()) {
      collect(`phase ${p.number}`, p.title, p.description);
      if (p.location !== null) collect(`phase ${p.number} location`, p.location);
    }
    for (const m of await prisma.meeting.findMany()) collect("meeting", m.title, m.venue);
    for (const d of await prisma.document.findMany()) collect(`document ${d.slug}`, d.addressees, d.subject, d.signatory);
    for (const c of await prisma.invitationCampaign.findMany()) collect(`campaign ${c.symbol}`, c.subject);
    expect(texts.length).toBeGreaterThan(250);
    for (const [what, value] of texts) {
      expect(value, what).toBeTypeOf("object");
      for (const locale of locales) {
        const text = (value as Record<string, unknown>)[locale];
        expect(typeof text === "string" && text.trim().length > 0, `${what}: ${locale}`).toBe(true);
      }
    }
  });
});

describe("seed: the demonstration edition around `now`", () => {
  test("phase I is open at `now`, the phases follow each other, dates on Geneva's calendar", async () => {
    expect(demoSeededBefore, "this test needs a freshly migrated database that nothing else has seeded").toBe(false);
    const demoRow = await prisma.forumEdition.findFirstOrThrow({
      where: { isDemo: true },
      include: { phases: { orderBy: { number: "asc" }, include: { meetings: true } }, deadlines: true, campaigns: { include: { deadlines: true } } },
    });
    const demo = { ...demoRow, campaigns: demoRow.campaigns.map(withLetterDeadlines) };
    expect(demo.year).toBe(2027);
    expect(demo.title).toMatchObject({ en: "WSIS Forum 2027 — demonstration edition" });
    expect(demo.phases.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(demo.phases.map((p) => p.kind)).toEqual(["OPENING", "PHYSICAL_MEETING", "PHYSICAL_MEETING", "DEADLINE", "FINAL_REVIEW", "FINAL_BRIEF"]);
    for (let i = 1; i < demo.phases.length; i++) {
      expect(demo.phases[i].startsAt.getTime()).toBeGreaterThan(demo.phases[i - 1].startsAt.getTime());
    }
    const [opening, second] = demo.phases;
    expect(opening.startsAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(second.startsAt.getTime()).toBeGreaterThan(NOW.getTime());

    expect(iso(opening.startsAt)).toBe("2026-02-17T23:00:00.000Z"); // 18 Feb, 00:00 CET: 30 days before
    expect(iso(second.startsAt)).toBe("2026-03-27T13:00:00.000Z"); // 27 Mar, 14:00 CET
    expect(iso(second.meetings[0].endsAt)).toBe("2026-03-27T14:30:00.000Z");
    expect(second.meetings[0].capacity).toBe(3);
    expect(iso(demo.phases[2].startsAt)).toBe("2026-04-24T12:30:00.000Z"); // 24 Apr, 14:30 CEST
    expect(iso(demo.phases[3].startsAt)).toBe("2026-05-08T22:00:00.000Z"); // the day of 9 May
    expect([iso(demo.startDate), iso(demo.endDate)]).toEqual(["2026-07-28T00:00:00.000Z", "2026-07-31T00:00:00.000Z"]);
    expect([iso(demo.hltStartDate), iso(demo.hltEndDate)]).toEqual(["2026-07-29T00:00:00.000Z", "2026-07-30T00:00:00.000Z"]);

    const byKind = Object.fromEntries(demo.deadlines.map((d) => [d.kind, d]));
    expect(Object.keys(byKind).sort()).toEqual([
      "CONTRIBUTION",
      "FACILITATOR_NOMINATION",
      "FORUM_REGISTRATION",
      "INVITATION_RESPONSE",
      "MEETING_REGISTRATION",
      "POLICY_STATEMENT",
      "REGIONAL_INPUT",
      "WORKSHOP_REQUEST",
    ]);
    expect(iso(byKind.CONTRIBUTION.closesAt)).toBe("2026-05-09T22:00:00.000Z"); // end of 9 May, CEST
    expect(iso(byKind.FACILITATOR_NOMINATION.closesAt)).toBe("2026-04-09T22:00:00.000Z");
    expect(iso(byKind.MEETING_REGISTRATION.closesAt)).toBe(iso(demo.phases[5].startsAt));
    expect(iso(byKind.FORUM_REGISTRATION.opensAt)).toBe(iso(opening.startsAt));
    expect(iso(byKind.FORUM_REGISTRATION.closesAt)).toBe("2026-07-14T22:00:00.000Z"); // end of 14 July, two weeks before the Forum
    expect(byKind.CONTRIBUTION.opensAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(byKind.CONTRIBUTION.closesAt.getTime()).toBeGreaterThan(NOW.getTime());

    expect(demo.campaigns).toHaveLength(1);
    expect(demo.campaigns[0]).toMatchObject({ symbol: "CL-DEMO/01" });
    expect(iso(demo.campaigns[0].letterDate)).toBe("2026-03-10T00:00:00.000Z");
    expect(iso(demo.campaigns[0].responseDeadline)).toBe("2026-04-14T22:00:00.000Z");
    expect(iso(demo.campaigns[0].statementDeadline)).toBe("2026-04-29T22:00:00.000Z");
  });
});

describe("seed: accounts and idempotence", () => {
  test("one verified secretariat account", async () => {
    const email = process.env.SEED_SECRETARIAT_EMAIL?.trim().toLowerCase() || "secretariat@wsis.localhost";
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("SECRETARIAT");
    expect(user.name).toBe("WSIS Secretariat");
    expect(user.emailVerified).not.toBeNull();
  });

  test("a second run, even a month later, changes no table and moves no demonstration date", async () => {
    expect(firstSummary).toContain("193 Member States");
    const before = await tableCounts();
    const demoBefore = await prisma.consultationPhase.findMany({ where: { edition: { isDemo: true } }, orderBy: { number: "asc" } });
    const editionsBefore = await prisma.forumEdition.findMany({ orderBy: { year: "asc" } });

    const summary = await seed(prisma, { now: new Date(NOW.getTime() + 31 * 86_400_000) });

    expect(summary).toContain("0 rows created, 0 updated");
    expect(await tableCounts()).toEqual(before);
    const demoAfter = await prisma.consultationPhase.findMany({ where: { edition: { isDemo: true } }, orderBy: { number: "asc" } });
    expect(demoAfter.map((p) => iso(p.startsAt))).toEqual(demoBefore.map((p) => iso(p.startsAt)));
    // nothing was rewritten, not even the updatedAt of an unchanged edition
    expect(await prisma.forumEdition.findMany({ orderBy: { year: "asc" } })).toEqual(editionsBefore);
  }, 60_000);
});
