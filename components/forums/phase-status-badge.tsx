import type { PhaseStatus } from "@/lib/forums/policy";

const styles: Record<PhaseStatus, string> = {
  done: "bg-zinc-200 text-zinc-800",
  open: "bg-green-700 text-white",
  next: "bg-un-blue text-white",
  later: "bg-zinc-100 text-zinc-700 border border-zinc-300",
};

/** The live status of a phase, as text (never colour alone). */
export function PhaseStatusBadge({ status, label }: { status: PhaseStatus; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${styles[status]}`}>{label}</span>;
}
