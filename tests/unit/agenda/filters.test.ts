import { describe, expect, test } from "vitest";
import { filterSessions, filtersToQuery, genevaDayKey, groupByDay, parseAgendaFilters } from "@/lib/agenda/filters";
import type { AgendaSessionView } from "@/lib/agenda/snapshot";
import { genevaTime } from "@/lib/time/geneva";

function session(slug: string, startsAt: Date, overrides: Partial<AgendaSessionView> = {}): AgendaSessionView {
  return {
    slug,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 90 * 60_000),
    track: "FORUM",
    type: "WORKSHOP",
    title: { en: slug },
    description: null,
    room: null,
    languages: ["en"],
    speakers: [],
    actionLines: [],
    sdgs: [],
    ...overrides,
  };
}

// WSIS Forum 2020: the High-Level Track on 7–8 April, a workshop on the 9th.
const opening = session("opening", genevaTime(2020, 4, 7, 9), {
  track: "HIGH_LEVEL",
  type: "OPENING",
  languages: ["ar", "zh", "en", "fr", "ru", "es"],
  actionLines: ["C1"],
  sdgs: [9, 17],
});
const dialogue = session("dialogue", genevaTime(2020, 4, 8, 11), {
  track: "HIGH_LEVEL",
  type: "POLICY_DIALOGUE",
  languages: ["en", "fr"],
  actionLines: ["C2", "C5"],
  sdgs: [9],
});
// 00:30 on 9 April in Geneva is still 8 April in UTC: the day is Geneva's
const earlyWorkshop = session("early-workshop", genevaTime(2020, 4, 9, 0, 30), { actionLines: ["C5"], sdgs: [4], languages: ["es"] });
const all = [dialogue, earlyWorkshop, opening];

describe("parseAgendaFilters", () => {
  test("reads every filter from the query string", () => {
    expect(parseAgendaFilters({ day: "2020-04-07", track: "HIGH_LEVEL", actionLine: "C11", sdg: "17", language: "ar" })).toEqual({
      day: "2020-04-07",
      track: "HIGH_LEVEL",
      actionLine: "C11",
      sdg: 17,
      language: "ar",
    });
  });

  test("drops each malformed or unknown value on its own and keeps the rest", () => {
    expect(parseAgendaFilters({ day: "7 April", track: "VIP", actionLine: "C12", sdg: "18", language: "de", other: "x" })).toEqual({});
    expect(parseAgendaFilters({ day: "2020-04-08", track: "", sdg: "0", language: ["fr", "en"] })).toEqual({ day: "2020-04-08", language: "fr" });
  });
});

describe("filterSessions", () => {
  test("no filter: every session", () => {
    expect(filterSessions(all, {})).toEqual(all);
  });

  test.each([
    [{ day: "2020-04-07" }, ["opening"]],
    [{ day: "2020-04-09" }, ["early-workshop"]],
    [{ day: "2020-04-10" }, []],
    [{ track: "HIGH_LEVEL" as const }, ["dialogue", "opening"]],
    [{ track: "FORUM" as const }, ["early-workshop"]],
    [{ actionLine: "C5" }, ["dialogue", "early-workshop"]],
    [{ sdg: 9 }, ["dialogue", "opening"]],
    [{ language: "fr" as const }, ["dialogue", "opening"]],
    [{ language: "es" as const, actionLine: "C5" }, ["early-workshop"]],
    [{ track: "HIGH_LEVEL" as const, sdg: 4 }, []],
  ])("%o", (filters, expected) => {
    expect(filterSessions(all, filters).map((s) => s.slug)).toEqual(expected);
  });
});

describe("days", () => {
  test("a session at 00:30 Geneva belongs to the Geneva day, not the UTC day", () => {
    expect(earlyWorkshop.startsAt.toISOString()).toBe("2020-04-08T22:30:00.000Z");
    expect(genevaDayKey(earlyWorkshop.startsAt)).toBe("2020-04-09");
  });

  test("groupByDay orders days and sessions in time", () => {
    expect(groupByDay(all).map((d) => [d.day, d.sessions.map((s) => s.slug)])).toEqual([
      ["2020-04-07", ["opening"]],
      ["2020-04-08", ["dialogue"]],
      ["2020-04-09", ["early-workshop"]],
    ]);
  });

  test("filtersToQuery writes what parseAgendaFilters reads", () => {
    const filters = { day: "2020-04-07", track: "HIGH_LEVEL" as const, sdg: 9 };
    const query = filtersToQuery(filters);

    expect(query).toBe("?day=2020-04-07&track=HIGH_LEVEL&sdg=9");
    expect(parseAgendaFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual(filters);
    expect(filtersToQuery({})).toBe("");
  });
});
