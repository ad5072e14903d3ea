import { afterEach, describe, expect, test } from "vitest";
import { editionMoment, endOfGenevaDayOf, nextCalendarChange, openNow, phaseStatus, windowState, type PhaseTiming } from "@/lib/forums/policy";
import { calendarDay, endOfGenevaDay, genevaTime } from "@/lib/time/geneva";

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const statuses = (phases: PhaseTiming[], now: Date) => phaseStatus(phases, now).map((p) => [p.phase.number, p.status]);

// The six phases of the open consultation for WSIS Forum 2017 (letter of 27 July 2016).
const ocp2017: PhaseTiming[] = [
  { number: 1, startsAt: genevaTime(2016, 9, 1), endsAt: null },
  { number: 2, startsAt: genevaTime(2016, 10, 12, 16, 30), endsAt: null },
  { number: 3, startsAt: genevaTime(2017, 2, 14, 14, 30), endsAt: null },
  { number: 4, startsAt: genevaTime(2017, 2, 20), endsAt: null },
  { number: 5, startsAt: genevaTime(2017, 3, 14, 14, 30), endsAt: null },
  { number: 6, startsAt: genevaTime(2017, 5, 10, 14, 30), endsAt: null },
];

describe("phaseStatus: the six phases of 2017", () => {
  test("before the opening every phase is to come: the first is next, the others later", () => {
    expect(statuses(ocp2017, ms(ocp2017[0].startsAt, -1))).toEqual([
      [1, "next"],
      [2, "later"],
      [3, "later"],
      [4, "later"],
      [5, "later"],
      [6, "later"],
    ]);
  });

  test("phase I opens at the very millisecond it starts (00:00 on 1 September 2016, Geneva)", () => {
    expect(ocp2017[0].startsAt.toISOString()).toBe("2016-08-31T22:00:00.000Z");

    expect(statuses(ocp2017, ocp2017[0].startsAt).slice(0, 2)).toEqual([
      [1, "open"],
      [2, "next"],
    ]);
    expect(statuses(ocp2017, ms(ocp2017[0].startsAt, 1)).slice(0, 2)).toEqual([
      [1, "open"],
      [2, "next"],
    ]);
  });

  test("one millisecond before phase II starts, phase I is open; at its start phase I is done", () => {
    const start = ocp2017[1].startsAt;

    expect(statuses(ocp2017, ms(start, -1)).slice(0, 3)).toEqual([
      [1, "open"],
      [2, "next"],
      [3, "later"],
    ]);
    expect(statuses(ocp2017, start).slice(0, 3)).toEqual([
      [1, "done"],
      [2, "open"],
      [3, "next"],
    ]);
    expect(statuses(ocp2017, ms(start, 1)).slice(0, 3)).toEqual([
      [1, "done"],
      [2, "open"],
      [3, "next"],
    ]);
  });

  test("phase IV (the deadline day) is open through 20 February 2017 until phase V starts", () => {
    const lastMsOfDay = ms(endOfGenevaDay(2017, 2, 20), -1);
    expect(statuses(ocp2017, lastMsOfDay)[3]).toEqual([4, "open"]);
    expect(statuses(ocp2017, ocp2017[4].startsAt)[3]).toEqual([4, "done"]);
  });

  test("the last phase (VI) ends at the end of its Geneva day, 10 May 2017 (CEST)", () => {
    const end = endOfGenevaDay(2017, 5, 10);
    expect(end.toISOString()).toBe("2017-05-10T22:00:00.000Z");

    expect(statuses(ocp2017, ms(end, -1))[5]).toEqual([6, "open"]);
    expect(statuses(ocp2017, end)).toEqual([
      [1, "done"],
      [2, "done"],
      [3, "done"],
      [4, "done"],
      [5, "done"],
      [6, "done"],
    ]);
    expect(phaseStatus(ocp2017, end)[5].endsAt).toEqual(end);
  });

  test("phases given out of order come back in time order", () => {
    const shuffled = [ocp2017[3], ocp2017[0], ocp2017[5], ocp2017[1], ocp2017[4], ocp2017[2]];
    expect(phaseStatus(shuffled, ocp2017[2].startsAt).map((p) => p.phase.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("phaseStatus: a phase with its own end", () => {
  const phases: PhaseTiming[] = [
    { number: 1, startsAt: genevaTime(2026, 3, 2, 9), endsAt: genevaTime(2026, 3, 6, 18) },
    { number: 2, startsAt: genevaTime(2026, 3, 20, 9), endsAt: null },
  ];

  test("is open until one millisecond before its end, then done, with a gap before the next", () => {
    const end = phases[0].endsAt!;

    expect(statuses(phases, ms(end, -1))).toEqual([
      [1, "open"],
      [2, "next"],
    ]);
    expect(statuses(phases, end)).toEqual([
      [1, "done"],
      [2, "next"],
    ]);
    expect(statuses(phases, ms(end, 1))).toEqual([
      [1, "done"],
      [2, "next"],
    ]);
  });
});

describe("phaseStatus across the daylight-saving changes", () => {
  // 29 March 2026: Geneva's clocks go from 02:00 CET to 03:00 CEST (a 23-hour day).
  test("March: a last phase starting at 00:00 on the change day ends 23 hours later, at Geneva midnight", () => {
    const phases: PhaseTiming[] = [{ number: 1, startsAt: genevaTime(2026, 3, 29), endsAt: null }];
    const [{ endsAt }] = phaseStatus(phases, phases[0].startsAt);

    expect(phases[0].startsAt.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(endsAt.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(statuses(phases, ms(endsAt, -1))).toEqual([[1, "open"]]);
    expect(statuses(phases, endsAt)).toEqual([[1, "done"]]);
  });

  test("March: a phase starting at 03:00 CEST on the change day starts one hour after 01:00 CET", () => {
    const phases: PhaseTiming[] = [
      { number: 1, startsAt: genevaTime(2026, 3, 29, 1, 0), endsAt: null },
      { number: 2, startsAt: genevaTime(2026, 3, 29, 3, 0), endsAt: null },
    ];
    expect(phases[1].startsAt.getTime() - phases[0].startsAt.getTime()).toBe(3600_000);

    expect(statuses(phases, ms(phases[1].startsAt, -1))).toEqual([
      [1, "open"],
      [2, "next"],
    ]);
    expect(statuses(phases, phases[1].startsAt)).toEqual([
      [1, "done"],
      [2, "open"],
    ]);
  });

  // 25 October 2026: from 03:00 CEST back to 02:00 CET (a 25-hour day).
  test("October: a last phase on the change day lasts until Geneva midnight, 25 hours after the day began", () => {
    const phases: PhaseTiming[] = [{ number: 6, startsAt: genevaTime(2026, 10, 25), endsAt: null }];
    const [{ endsAt }] = phaseStatus(phases, phases[0].startsAt);

    expect(endsAt.getTime() - phases[0].startsAt.getTime()).toBe(25 * 3600_000);
    expect(endsAt.toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(statuses(phases, ms(endsAt, -1))).toEqual([[6, "open"]]);
    expect(statuses(phases, endsAt)).toEqual([[6, "done"]]);
  });

  test("October: a phase ending at 23:30 CET on the change day", () => {
    const phases: PhaseTiming[] = [{ number: 1, startsAt: genevaTime(2026, 10, 24, 12), endsAt: genevaTime(2026, 10, 25, 23, 30) }];
    expect(phases[0].endsAt!.toISOString()).toBe("2026-10-25T22:30:00.000Z");

    expect(statuses(phases, ms(phases[0].endsAt!, -1))).toEqual([[1, "open"]]);
    expect(statuses(phases, phases[0].endsAt!)).toEqual([[1, "done"]]);
  });
});

describe("phaseStatus with the server in another time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  test.each(["America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata"])("%s gives the same statuses and ends as UTC", (zone) => {
    // 00:30 on 11 May 2017 in Geneva is still 10 May in Los Angeles and already 11 May in Kiritimati
    const now = genevaTime(2017, 5, 11, 0, 30);
    const justBefore = ms(endOfGenevaDay(2017, 5, 10), -1);
    const inUtc = [phaseStatus(ocp2017, now), phaseStatus(ocp2017, justBefore)];

    process.env.TZ = zone;

    expect(new Date(0).getTimezoneOffset()).not.toBe(0); // the zone change did take effect
    expect([phaseStatus(ocp2017, now), phaseStatus(ocp2017, justBefore)]).toEqual(inUtc);
    expect(statuses(ocp2017, justBefore)[5]).toEqual([6, "open"]);
    expect(statuses(ocp2017, now)[5]).toEqual([6, "done"]);
    expect(endOfGenevaDayOf(genevaTime(2017, 5, 10, 23, 59)).toISOString()).toBe("2017-05-10T22:00:00.000Z");
  });
});

describe("windowState: open from opensAt, closed from closesAt", () => {
  // CL-19/59: confirm by 15 January 2020 (the whole day, Geneva time)
  const window = { opensAt: genevaTime(2019, 12, 6), closesAt: endOfGenevaDay(2020, 1, 15) };

  test.each([
    ["one millisecond before it opens", ms(window.opensAt, -1), "upcoming"],
    ["the millisecond it opens", window.opensAt, "open"],
    ["the last millisecond of 15 January 2020 in Geneva", ms(window.closesAt, -1), "open"],
    ["midnight at the end of 15 January 2020", window.closesAt, "closed"],
    ["one millisecond later", ms(window.closesAt, 1), "closed"],
  ] as const)("%s: %s", (_label, now, expected) => {
    expect(windowState(window, now)).toBe(expected);
  });

  test("a window with no opening instant is open until it closes", () => {
    expect(windowState({ opensAt: null, closesAt: window.closesAt }, new Date(0))).toBe("open");
  });
});

describe("editionMoment: the forum's whole Geneva days", () => {
  const edition = { startDate: calendarDay(2020, 4, 6), endDate: calendarDay(2020, 4, 9) };

  test.each([
    [ms(genevaTime(2020, 4, 6), -1), "upcoming"],
    [genevaTime(2020, 4, 6), "under_way"],
    [ms(endOfGenevaDay(2020, 4, 9), -1), "under_way"],
    [endOfGenevaDay(2020, 4, 9), "over"],
  ] as const)("%s is %s", (now, expected) => {
    expect(editionMoment(edition, now)).toBe(expected);
  });
});

describe("nextCalendarChange: when what a cached page shows goes out of date", () => {
  const meeting = { startsAt: genevaTime(2017, 2, 14, 14, 30), registrationClosesAt: genevaTime(2017, 2, 10, 12) };
  const calendar = {
    phases: ocp2017.map((p) => ({ ...p, meetings: p.number === 3 ? [meeting] : [] })),
    deadlines: [
      { kind: "CONTRIBUTION", opensAt: genevaTime(2016, 10, 12, 16, 30), closesAt: endOfGenevaDay(2017, 2, 20) },
      { kind: "MEETING_REGISTRATION", opensAt: genevaTime(2017, 1, 9), closesAt: endOfGenevaDay(2017, 2, 13) },
    ],
  };
  const changes = (now: Date) => nextCalendarChange(calendar, now)?.toISOString();

  test("a phase start, a window opening and a registration closing are each the next change in turn", () => {
    expect(changes(ms(ocp2017[0].startsAt, -1))).toBe(ocp2017[0].startsAt.toISOString());
    expect(changes(ocp2017[0].startsAt)).toBe(ocp2017[1].startsAt.toISOString());
    expect(changes(ocp2017[1].startsAt)).toBe(genevaTime(2017, 1, 9).toISOString());
    expect(changes(genevaTime(2017, 1, 9))).toBe(meeting.registrationClosesAt.toISOString());
    expect(changes(meeting.registrationClosesAt)).toBe(endOfGenevaDay(2017, 2, 13).toISOString());
  });

  test("no change is missed: between one named instant and the next, openNow and phaseStatus stay the same", () => {
    const seen = (at: Date) => JSON.stringify([openNow(calendar, at), phaseStatus(calendar.phases, at)]);
    let now = ms(ocp2017[0].startsAt, -86_400_000);
    let steps = 0;
    for (let at = nextCalendarChange(calendar, now); at; now = at, at = nextCalendarChange(calendar, now), steps++) {
      const middle = new Date((now.getTime() + at.getTime()) / 2);
      expect([seen(middle), seen(ms(at, -1))], at.toISOString()).toEqual([seen(now), seen(now)]);
    }
    // six phase starts, the end of the last, the contribution deadline, the registration window opening
    // and closing, the meeting's own registration closing
    expect(steps).toBe(11);
  });

  test("after the last phase has ended nothing is left to change", () => {
    const lastEnd = phaseStatus(ocp2017, ocp2017[5].startsAt).at(-1)!.endsAt;
    expect(changes(ms(lastEnd, -1))).toBe(lastEnd.toISOString());
    expect(changes(lastEnd)).toBeUndefined();
  });
});
