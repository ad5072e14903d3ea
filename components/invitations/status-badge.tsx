const tones: Record<string, string> = {
  NOT_SENT: "bg-zinc-100 text-zinc-800",
  SENT: "bg-blue-50 text-blue-900",
  VIEWED: "bg-indigo-50 text-indigo-900",
  CONFIRMED: "bg-green-50 text-green-900",
  DECLINED: "bg-amber-50 text-amber-900",
  BOUNCED: "bg-red-50 text-red-900",
  REVOKED: "bg-zinc-200 text-zinc-900",
};

/** An invitation status as a label; the text carries the meaning, the colour only helps. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${tones[status] ?? "bg-zinc-100 text-zinc-900"}`}>{label}</span>;
}
