import { describe, expect, test } from "vitest";
import { findClashes, slugify, type PlacedSession } from "@/lib/agenda-builder/policy";

const at = (h: number, m = 0) => new Date(Date.UTC(2030, 5, 10, h, m));
const session = (id: string, roomId: string | null, from: Date, to: Date, speakers: string[] = []): PlacedSession => ({
  id,
  slug: id,
  title: id,
  roomId,
  roomName: roomId ? `Room ${roomId}` : null,
  startsAt: from,
  endsAt: to,
  speakers: speakers.map((name) => ({ name })),
});

describe("clash warnings", () => {
  test("a room used by two overlapping sessions is a clash; back-to-back is not", () => {
    const clashes = findClashes([session("a", "r1", at(9), at(10, 30)), session("b", "r1", at(10), at(11)), session("c", "r1", at(11), at(12))]);

    expect(clashes.map((c) => [c.kind, c.a.id, c.b.id])).toEqual([["room", "a", "b"]]);
  });

  test("a speaker in two places at once is a clash, whatever the case or accents", () => {
    const clashes = findClashes([
      session("a", "r1", at(9), at(10), ["Amina Diallo"]),
      session("b", "r2", at(9, 30), at(10, 30), ["amina  DIALLÓ"]),
      session("c", "r3", at(10), at(11), ["Amina Diallo"]),
    ]);

    expect(clashes.map((c) => [c.kind, c.a.id, c.b.id])).toEqual([
      ["speaker", "a", "b"],
      ["speaker", "b", "c"],
    ]);
    expect(clashes[0]).toMatchObject({ speaker: "Amina Diallo" });
  });

  test("sessions without a room never clash on rooms", () => {
    expect(findClashes([session("a", null, at(9), at(10)), session("b", null, at(9), at(10))])).toEqual([]);
  });
});

describe("slugs", () => {
  test("latin titles give readable keys; others fall back", () => {
    expect(slugify("Digital inclusion: the C4 Action Line!")).toBe("digital-inclusion-the-c4-action-line");
    expect(slugify("Économie numérique")).toBe("economie-numerique");
    expect(slugify("الشمول الرقمي")).toBe("session");
  });
});
