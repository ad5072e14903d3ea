// Rules about an edition's calendar, as pure functions of an injected `now`. Geneva time
// (Europe/Zurich) governs: where a phase has no end of its own, it ends at a Geneva midnight,
// whatever the server's time zone and whatever the UTC offset that day.
import { windowState as deadlineWindowState } from "@/lib/deadlines/policy";
import type { WindowTiming } from "@/lib/deadlines/types";
import { endOfGenevaDay, genevaParts, GENEVA } from "@/lib/time/geneva";

/** done: over; open: under way now; next: the first phase still to come; later: after that. */
export type PhaseStatus = "done" | "open" | "next" | "later";

export interface PhaseTiming {
  number: number;
  startsAt: Date;
  /** null: the phase lasts until the next one starts (the last one: to the end of its Geneva day) */
  endsAt: Date | null;
}

export interface PhaseWithStatus<P extends PhaseTiming> {
  phase: P;
  status: PhaseStatus;
  /** the instant the phase is over (exclusive) */
  endsAt: Date;
}

/** The end of the Geneva calendar day that contains `instant`: the next Geneva midnight. */
export function endOfGenevaDayOf(instant: Date, timeZone = GENEVA): Date {
  const p = genevaParts(instant, timeZone);
  return endOfGenevaDay(p.year, p.month, p.day, timeZone);
}

/**
 * The status of every phase of an edition at `now`, in time order. A phase is open from its
 * start (inclusive) to its end (exclusive); its end is its own `endsAt`, else the start of the
 * next phase, else (the last phase) the end of the Geneva day on which it starts. Among the
 * phases not yet started, the earliest is "next" and the others "later".
 */
export function phaseStatus<P extends PhaseTiming>(phases: readonly P[], now: Date): PhaseWithStatus<P>[] {
  const ordered = [...phases].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.number - b.number);
  let nextAssigned = false;
  return ordered.map((phase, i) => {
    const following = ordered[i + 1];
    const endsAt = phase.endsAt ?? following?.startsAt ?? endOfGenevaDayOf(phase.startsAt);
    let status: PhaseStatus;
    if (now.getTime() >= endsAt.getTime()) status = "done";
    else if (now.getTime() >= phase.startsAt.getTime()) status = "open";
    else if (!nextAssigned) {
      status = "next";
      nextAssigned = true;
    } else status = "later";
    return { phase, status, endsAt };
  });
}

type SubmissionWindow = WindowTiming;

export type WindowState = "upcoming" | "open" | "closed";
const calendarWord = { NOT_OPEN_YET: "upcoming", OPEN: "open", CLOSED: "closed" } as const;

/** The deadlines domain's rule (lib/deadlines/policy), in the public calendar's words. */
export const windowState = (window: SubmissionWindow, now: Date): WindowState => calendarWord[deadlineWindowState(window, now)];

export const isWindowOpen = (window: SubmissionWindow, now: Date) => windowState(window, now) === "open";

/** Where the edition stands as a whole, for the edition pages' "now" banner. */
export type EditionMoment = "upcoming" | "under_way" | "over";

/** The forum runs on whole Geneva days, from `startDate` to `endDate` inclusive (calendar days). */
export function editionMoment(edition: { startDate: Date; endDate: Date }, now: Date): EditionMoment {
  const p = genevaParts(now);
  const today = Date.UTC(p.year, p.month - 1, p.day);
  if (today < edition.startDate.getTime()) return "upcoming";
  return today > edition.endDate.getTime() ? "over" : "under_way";
}

interface CalendarInput<P extends PhaseTiming, D extends SubmissionWindow, M extends { startsAt: Date; registrationClosesAt: Date | null }> {
  phases: readonly (P & { meetings: readonly M[] })[];
  deadlines: readonly (D & { kind: string })[];
}

/**
 * What a visitor can act on at `now`: the phases under way, the submission windows open, and
 * the meetings still open for registration (the registration window is open and the meeting's
 * own registration has not closed), plus the phase that comes next.
 */
export function openNow<P extends PhaseTiming, D extends SubmissionWindow, M extends { startsAt: Date; registrationClosesAt: Date | null }>(
  calendar: CalendarInput<P, D, M>,
  now: Date,
) {
  const statuses = phaseStatus(calendar.phases, now);
  const registration = calendar.deadlines.find((d) => d.kind === "MEETING_REGISTRATION");
  const registrationOpen = registration ? isWindowOpen(registration, now) : false;
  return {
    phases: statuses.filter((s) => s.status === "open"),
    next: statuses.find((s) => s.status === "next") ?? null,
    windows: calendar.deadlines.filter((d) => d.kind !== "MEETING_REGISTRATION" && isWindowOpen(d, now)),
    meetings: registrationOpen
      ? calendar.phases.flatMap((p) => p.meetings).filter((m) => now.getTime() < (m.registrationClosesAt ?? m.startsAt).getTime())
      : [],
  };
}

/**
 * The first instant after `now` at which something `openNow`, `phaseStatus` or `windowState`
 * report would change: a phase starts or ends, a window opens or closes, a meeting's
 * registration closes. Null when nothing is left to change. A cached page uses it to know when
 * what it shows goes out of date.
 */
export function nextCalendarChange(
  calendar: CalendarInput<PhaseTiming, SubmissionWindow, { startsAt: Date; registrationClosesAt: Date | null }>,
  now: Date,
): Date | null {
  const instants = [
    ...phaseStatus(calendar.phases, now).flatMap((s) => [s.phase.startsAt, s.endsAt]),
    ...calendar.deadlines.flatMap((d) => [d.opensAt, d.closesAt]),
    ...calendar.phases.flatMap((p) => p.meetings.map((m) => m.registrationClosesAt ?? m.startsAt)),
  ];
  let next: number | null = null;
  for (const instant of instants) {
    const t = instant?.getTime();
    if (t !== undefined && t > now.getTime() && (next === null || t < next)) next = t;
  }
  return next === null ? null : new Date(next);
}
