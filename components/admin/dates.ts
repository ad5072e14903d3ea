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
