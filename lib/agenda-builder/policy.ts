// Clash warnings of the agenda builder: pure, so the page, the actions and the tests agree.

export interface PlacedSession {
  id: string;
  slug: string;
  title: string;
  roomId: string | null;
  roomName: string | null;
  startsAt: Date;
  endsAt: Date;
  speakers: { name: string }[];
}

export type Clash =
  { kind: "room"; room: string; a: PlacedSession; b: PlacedSession } | { kind: "speaker"; speaker: string; a: PlacedSession; b: PlacedSession };

/** Two sessions overlap when each starts before the other ends (back-to-back is fine). */
export const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/** The same person written with other case, accents or spacing. */
export const speakerKey = (name: string) => name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** A room used twice at once, and a speaker in two places at once, each pair once. */
export function findClashes(sessions: readonly PlacedSession[]): Clash[] {
  const sorted = [...sessions].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  const clashes: Clash[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.startsAt.getTime() >= a.endsAt.getTime()) break;
      if (!overlaps(a, b)) continue;
      if (a.roomId && a.roomId === b.roomId) clashes.push({ kind: "room", room: a.roomName ?? a.roomId, a, b });
      const names = new Map(a.speakers.map((s) => [speakerKey(s.name), s.name]));
      for (const s of b.speakers) {
        const name = names.get(speakerKey(s.name));
        if (name) clashes.push({ kind: "speaker", speaker: name, a, b });
      }
    }
  }
  return clashes;
}

/** A URL key from a title: latin letters and digits kept, the rest dashed (non-latin titles get "session"). */
export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return base || "session";
}
