// A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA time zone, written from the time-zone data
// the JavaScript runtime already has (Intl, through @date-fns/tz). ical-generator does not write
// VTIMEZONE itself: it asks a generator function for one per TZID, and the packages it suggests
// for that are not installed here; this is that function.
import { TZDate } from "@date-fns/tz";

const HOUR = 3600_000;

/** Minutes east of UTC in `timeZone` at `instant`. */
const offsetAt = (instant: number, timeZone: string) => -new TZDate(instant, timeZone).getTimezoneOffset();

interface Transition {
  /** the first instant of the new offset */
  at: number;
  from: number;
  to: number;
}

/** Offset changes during `year` (scanned day by day, then narrowed to the minute). */
function transitionsIn(year: number, timeZone: string): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let t = Date.UTC(year, 0, 1); t < end; t += 24 * HOUR) {
    const from = offsetAt(t, timeZone);
    const to = offsetAt(t + 24 * HOUR, timeZone);
    if (from === to) continue;
    let lo = t;
    let hi = t + 24 * HOUR;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, timeZone) === from) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from, to });
  }
  return found;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
const offsetText = (minutes: number) => `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/** Local wall-clock fields of a UTC instant at a fixed offset. */
function wallClock(instant: number, offsetMinutes: number) {
  const d = new Date(instant + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const localText = (w: ReturnType<typeof wallClock>) => `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}00`;

/** The zone's abbreviation at an instant ("CEST"), or its offset when the runtime has none. */
function abbreviation(instant: number, timeZone: string, offset: number): string {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value;
  return name && !/^(GMT|UTC)/.test(name) ? name : `UTC${offsetText(offset)}`;
}

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * VTIMEZONE text for `timeZone`, valid for the years `fromYear`..`toYear`. Where a transition
 * falls on the last given weekday of the same month at the same local time every year (the
 * European rule: last Sunday of March and of October), it is written once with an RRULE, the
 * form calendar programs handle best; otherwise each transition is written with its own DTSTART.
 * A zone without transitions gets a single STANDARD component.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const all: Transition[] = [];
  for (let y = fromYear; y <= toYear; y++) all.push(...transitionsIn(y, timeZone));

  if (all.length === 0) {
    const offset = offsetAt(Date.UTC(fromYear, 0, 1), timeZone);
    lines.push(
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${offsetText(offset)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
      `TZNAME:${abbreviation(Date.UTC(fromYear, 0, 1), timeZone, offset)}`,
      "END:STANDARD",
    );
  } else {
    // group the transitions of the same kind (same offsets) and see whether one rule covers them
    const groups = new Map<string, Transition[]>();
    for (const t of all) groups.set(`${t.from}>${t.to}`, [...(groups.get(`${t.from}>${t.to}`) ?? []), t]);
    for (const list of groups.values()) {
      const first = list[0];
      const kind = first.to > first.from ? "DAYLIGHT" : "STANDARD";
      const walls = list.map((t) => wallClock(t.at, t.from));
      const w0 = walls[0];
      const lastWeekdayRule =
        list.length === toYear - fromYear + 1 &&
        walls.every(
          (w) => w.month === w0.month && w.weekday === w0.weekday && w.hour === w0.hour && w.minute === w0.minute && w.day + 7 > daysInMonth(w.year, w.month),
        );
      const body = [`TZOFFSETFROM:${offsetText(first.from)}`, `TZOFFSETTO:${offsetText(first.to)}`, `TZNAME:${abbreviation(first.at, timeZone, first.to)}`];
      if (lastWeekdayRule) {
        lines.push(
          `BEGIN:${kind}`,
          `DTSTART:${localText(w0)}`,
          `RRULE:FREQ=YEARLY;BYMONTH=${w0.month};BYDAY=-1${WEEKDAYS[w0.weekday]}`,
          ...body,
          `END:${kind}`,
        );
      } else {
        list.forEach((t, i) =>
          lines.push(`BEGIN:${kind}`, `DTSTART:${localText(walls[i])}`, ...body.slice(0, 2), `TZNAME:${abbreviation(t.at, timeZone, t.to)}`, `END:${kind}`),
        );
      }
    }
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
