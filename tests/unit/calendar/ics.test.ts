// The .ics files parsed back: the events' wall-clock times in Europe/Zurich, resolved through the
// VTIMEZONE the file itself carries, must give the sessions' instants, whatever the server's zone.
import { afterEach, describe, expect, test } from "vitest";
import type { AgendaSessionView } from "@/lib/agenda/snapshot";
import { agendaCalendar } from "@/lib/calendar/ics";
import { vtimezone } from "@/lib/calendar/vtimezone";
import { genevaTime } from "@/lib/time/geneva";

interface Component {
  name: string;
  props: { name: string; params: Record<string, string>; value: string }[];
  children: Component[];
}

/** A small RFC 5545 reader: unfolds lines, then builds the component tree. */
function parseIcs(text: string): Component {
  expect(text).toMatch(/\r\n/);
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  const root: Component = { name: "ROOT", props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(":");
    const [name, ...paramParts] = line.slice(0, colon).split(";");
    const value = line.slice(colon + 1);
    if (name === "BEGIN") {
      const c: Component = { name: value, props: [], children: [] };
      stack.at(-1)!.children.push(c);
      stack.push(c);
    } else if (name === "END") {
      expect(stack.pop()!.name).toBe(value);
    } else {
      stack.at(-1)!.props.push({ name, params: Object.fromEntries(paramParts.map((p) => p.split("=") as [string, string])), value });
    }
  }
  expect(stack).toHaveLength(1);
  return root.children[0];
}

const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const offsetMinutes = (text: string) => (text[0] === "-" ? -1 : 1) * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5)));
const parseLocal = (v: string) => ({ y: +v.slice(0, 4), mo: +v.slice(4, 6), d: +v.slice(6, 8), h: +v.slice(9, 11), mi: +v.slice(11, 13) });

/** The local instant (as if UTC) at which a `FREQ=YEARLY;BYMONTH=m;BYDAY=-1SU` rule fires in `year`. */
function ruleOnset(sub: Component, year: number): number {
  const start = parseLocal(prop(sub, "DTSTART")!.value);
  const rule = Object.fromEntries(
    prop(sub, "RRULE")!
      .value.split(";")
      .map((p) => p.split("=")),
  );
  expect(rule.FREQ).toBe("YEARLY");
  const month = Number(rule.BYMONTH);
  const weekday = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"].indexOf(rule.BYDAY.slice(2));
  expect(rule.BYDAY.slice(0, 2)).toBe("-1");
  const last = new Date(Date.UTC(year, month, 0));
  const day = last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
  return Date.UTC(year, month - 1, day, start.h, start.mi);
}

/** Resolves a DTSTART;TZID=... value to an instant with the file's own VTIMEZONE. */
function resolve(local: string, tz: Component): Date {
  const l = parseLocal(local);
  const wall = Date.UTC(l.y, l.mo - 1, l.d, l.h, l.mi);
  const onsets = tz.children
    .map((sub) => ({ sub, at: ruleOnset(sub, l.y) }))
    .filter((o) => o.at <= wall)
    .sort((a, b) => b.at - a.at);
  // before this year's first onset, the rule of the year before applies: the one with the latest onset
  const active = onsets[0]?.sub ?? tz.children.map((sub) => ({ sub, at: ruleOnset(sub, l.y) })).sort((a, b) => b.at - a.at)[0].sub;
  return new Date(wall - offsetMinutes(prop(active, "TZOFFSETTO")!.value) * 60_000);
}

function session(slug: string, startsAt: Date, minutes: number): AgendaSessionView {
  return {
    slug,
    startsAt,
    endsAt: new Date(startsAt.getTime() + minutes * 60_000),
    track: "HIGH_LEVEL",
    type: "OPENING",
    title: { en: `Session ${slug}`, fr: `Séance ${slug}` },
    description: { en: "Opening, policy statements; and more" },
    room: { id: "r1", name: { en: "Popov Room, ITU" } },
    languages: ["en"],
    speakers: [],
    actionLines: ["C1"],
    sdgs: [17],
  };
}

const sessions = [
  session("hlt-opening", genevaTime(2020, 4, 7, 9, 0), 90), // CEST
  session("winter-brief", genevaTime(2020, 1, 15, 16, 30), 60), // CET
  session("late-october", genevaTime(2020, 10, 25, 10, 0), 30), // the first morning of CET
];

const build = () =>
  agendaCalendar({
    name: "WSIS Forum 2020 — Agenda",
    sessions,
    timeZone: "Europe/Zurich",
    locale: "fr",
    sessionUrl: (slug) => `https://wsis.example.org/fr/forums/2020/agenda/${slug}`,
    uidDomain: "wsis.example.org",
    publishedAt: new Date("2020-03-01T10:00:00Z"),
  });

describe("agenda .ics", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  test("one VTIMEZONE for Europe/Zurich with the European summer-time rules", () => {
    const cal = parseIcs(build());
    const zones = cal.children.filter((c) => c.name === "VTIMEZONE");

    expect(cal.name).toBe("VCALENDAR");
    expect(zones).toHaveLength(1);
    expect(prop(zones[0], "TZID")!.value).toBe("Europe/Zurich");
    const byKind = Object.fromEntries(zones[0].children.map((c) => [c.name, c]));
    expect(Object.keys(byKind).sort()).toEqual(["DAYLIGHT", "STANDARD"]);
    expect([prop(byKind.DAYLIGHT, "TZOFFSETFROM")!.value, prop(byKind.DAYLIGHT, "TZOFFSETTO")!.value, prop(byKind.DAYLIGHT, "TZNAME")!.value]).toEqual([
      "+0100",
      "+0200",
      "CEST",
    ]);
    expect(prop(byKind.DAYLIGHT, "RRULE")!.value).toBe("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(prop(byKind.DAYLIGHT, "DTSTART")!.value).toBe("20200329T020000");
    expect([prop(byKind.STANDARD, "TZOFFSETFROM")!.value, prop(byKind.STANDARD, "TZOFFSETTO")!.value, prop(byKind.STANDARD, "TZNAME")!.value]).toEqual([
      "+0200",
      "+0100",
      "CET",
    ]);
    expect(prop(byKind.STANDARD, "RRULE")!.value).toBe("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    expect(prop(byKind.STANDARD, "DTSTART")!.value).toBe("20201025T030000");
  });

  test.each(["UTC", "America/New_York", "Asia/Tokyo"])("events carry Geneva wall-clock times that resolve to the sessions' instants (server in %s)", (zone) => {
    process.env.TZ = zone;

    const cal = parseIcs(build());
    const tz = cal.children.find((c) => c.name === "VTIMEZONE")!;
    const events = cal.children.filter((c) => c.name === "VEVENT");

    expect(events.map((e) => prop(e, "DTSTART")!.value)).toEqual(["20200407T090000", "20200115T163000", "20201025T100000"]);
    expect(events.map((e) => prop(e, "DTEND")!.value)).toEqual(["20200407T103000", "20200115T173000", "20201025T103000"]);
    for (const [i, e] of events.entries()) {
      expect(prop(e, "DTSTART")!.params.TZID).toBe("Europe/Zurich");
      expect(prop(e, "DTEND")!.params.TZID).toBe("Europe/Zurich");
      expect(resolve(prop(e, "DTSTART")!.value, tz).toISOString()).toBe(sessions[i].startsAt.toISOString());
      expect(resolve(prop(e, "DTEND")!.value, tz).toISOString()).toBe(sessions[i].endsAt.toISOString());
    }
  });

  test("events: stable UIDs, the title in the page's language, escaped description, room, page URL", () => {
    const cal = parseIcs(build());
    const [opening] = cal.children.filter((c) => c.name === "VEVENT");

    expect(prop(opening, "UID")!.value).toBe("hlt-opening@wsis.example.org");
    expect(prop(opening, "SUMMARY")!.value).toBe("Séance hlt-opening");
    expect(prop(opening, "DESCRIPTION")!.value).toBe("Opening\\, policy statements\\; and more");
    expect(prop(opening, "LOCATION")!.value).toBe("Popov Room\\, ITU");
    expect(prop(opening, "URL")!.value).toBe("https://wsis.example.org/fr/forums/2020/agenda/hlt-opening");
    expect(prop(opening, "DTSTAMP")!.value).toBe("20200301T100000Z");
  });
});

describe("vtimezone", () => {
  test("a zone without summer time: one STANDARD component", () => {
    const tz = parseIcs(vtimezone("Asia/Tokyo", 2020, 2021) + "\r\n");
    expect(tz.children.map((c) => [c.name, prop(c, "TZOFFSETTO")!.value])).toEqual([["STANDARD", "+0900"]]);
  });

  test("several years of Geneva still make one rule per kind, from the first year", () => {
    const tz = parseIcs(vtimezone("Europe/Zurich", 2016, 2027) + "\r\n");
    expect(tz.children.map((c) => [c.name, prop(c, "DTSTART")!.value])).toEqual([
      ["DAYLIGHT", "20160327T020000"],
      ["STANDARD", "20161030T030000"],
    ]);
  });
});
