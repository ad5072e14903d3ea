import { genevaParts } from "@/lib/time/geneva";

const two = (n: number) => String(n).padStart(2, "0");

/** The value of a `datetime-local` input showing an instant in Geneva time ("2027-03-01T17:00"). */
export function genevaInputValue(instant: Date | null | undefined): string {
  if (!instant) return "";
  const p = genevaParts(instant);
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The value of a `date` input for a calendar day (stored as midnight UTC). */
export const dayInputValue = (day: Date) => day.toISOString().slice(0, 10);

/** The Geneva calendar day of an instant, as "2027-03-01". */
export function genevaDayKey(instant: Date): string {
  const p = genevaParts(instant);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}

/** "09:30", Geneva time. */
export function genevaTimeValue(instant: Date): string {
  const p = genevaParts(instant);
  return `${two(p.hour)}:${two(p.minute)}`;
}
