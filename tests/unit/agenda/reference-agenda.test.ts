import { describe, expect, test } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { agendas } from "@/lib/reference/agenda";

describe("the seeded agendas", () => {
  const [hlt2020, demo] = agendas();

  test("2020: the High-Level Track only, on days 1 and 2 of 6–9 April (7–8 April), opening first, WSIS Prizes, policy statements, dialogues", () => {
    expect(hlt2020.edition).toBe(2020);
    expect(new Set(hlt2020.sessions.map((s) => s.day))).toEqual(new Set([1, 2]));
    expect(hlt2020.sessions.every((s) => s.track === "HIGH_LEVEL")).toBe(true);
    expect(hlt2020.sessions[0]).toMatchObject({ slug: "hlt-opening", day: 1, start: [9, 0], type: "OPENING" });
    expect(hlt2020.sessions.map((s) => s.type)).toEqual(
      expect.arrayContaining(["POLICY_STATEMENTS", "POLICY_DIALOGUE", "PRIZES_CEREMONY", "NETWORKING", "CLOSING"]),
    );
  });

  test("demo: four days with forum workshops and the High-Level Track on days 1–2", () => {
    expect(new Set(demo.sessions.map((s) => s.day))).toEqual(new Set([0, 1, 2, 3]));
    expect(new Set(demo.sessions.filter((s) => s.track === "HIGH_LEVEL").map((s) => s.day))).toEqual(new Set([1, 2]));
    expect(demo.sessions.filter((s) => s.type === "WORKSHOP").length).toBeGreaterThanOrEqual(5);
  });

  test.each(agendas().map((a) => [String(a.edition), a] as const))(
    "%s: unique slugs, known rooms, valid codes, sessions end after they start, every title in six languages",
    (_name, agenda) => {
      expect(new Set(agenda.sessions.map((s) => s.slug)).size).toBe(agenda.sessions.length);
      for (const s of agenda.sessions) {
        expect(agenda.rooms[s.room], s.slug).toBeDefined();
        expect(s.end[0] * 60 + s.end[1]).toBeGreaterThan(s.start[0] * 60 + s.start[1]);
        expect(s.actionLines.every((c) => /^C([1-9]|1[01])$/.test(c))).toBe(true);
        expect(s.sdgs.every((n) => n >= 1 && n <= 17)).toBe(true);
        for (const l of locales) {
          expect(s.title[l], `${s.slug} ${l}`).toBeTruthy();
          if (s.description) expect(s.description[l]).toBeTruthy();
        }
      }
    },
  );
});
