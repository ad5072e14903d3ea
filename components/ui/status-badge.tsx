// One status badge for the whole portal: the text carries the meaning, the colour only repeats it
// (WCAG 1.4.1). Tones are the portal's few badge colours; each status enum maps its values onto
// them. The label of an enum value comes from the "Enum" namespace (lib/i18n/enum-labels.ts).
import type { ReactNode } from "react";
import type { PhaseStatus } from "@/lib/forums/policy";
import type { EnumValue } from "@/lib/i18n/enum-labels";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import type { Locale } from "@/lib/i18n/locales";

export type BadgeTone = "neutral" | "muted" | "info" | "progress" | "warning" | "success" | "danger" | "special" | "open" | "next" | "outline";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-zinc-200 text-zinc-900",
  muted: "bg-zinc-100 text-zinc-800",
  info: "bg-sky-100 text-sky-950",
  progress: "bg-indigo-100 text-indigo-950",
  warning: "bg-amber-100 text-amber-950",
  success: "bg-green-100 text-green-950",
  danger: "bg-red-100 text-red-950",
  special: "bg-purple-100 text-purple-950",
  open: "bg-green-700 text-white",
  next: "bg-un-blue text-white",
  outline: "bg-zinc-100 text-zinc-700 border border-zinc-300",
};

/** The badge itself, for any short status text. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${tones[tone]}`}>{children}</span>;
}

/** The status enums that show as badges, and the tone of each value. */
export type StatusEnum =
  "SubmissionStatus" | "InvitationStatus" | "PolicyStatementStatus" | "RegistrationStatus" | "OutboxStatus" | "ForumRegistrationStatus" | "VisaLetterStatus";

const statusTones: { [E in StatusEnum]: Record<EnumValue<E>, BadgeTone> } = {
  SubmissionStatus: {
    DRAFT: "neutral",
    SUBMITTED: "info",
    UNDER_REVIEW: "progress",
    REVISIONS_REQUESTED: "warning",
    ACCEPTED: "success",
    DECLINED: "danger",
    WITHDRAWN: "muted",
    MERGED: "special",
    DUPLICATE: "muted",
  },
  InvitationStatus: {
    NOT_SENT: "muted",
    SENT: "info",
    VIEWED: "progress",
    CONFIRMED: "success",
    DECLINED: "warning",
    BOUNCED: "danger",
    REVOKED: "neutral",
  },
  PolicyStatementStatus: {
    REQUESTED: "info",
    SUBMITTED: "progress",
    SCHEDULED: "special",
    DELIVERED: "success",
    WITHDRAWN: "muted",
  },
  RegistrationStatus: { REGISTERED: "success", WAITLISTED: "warning", CANCELLED: "muted" },
  OutboxStatus: { QUEUED: "info", SENDING: "progress", SENT: "success", FAILED: "danger" },
  ForumRegistrationStatus: { PENDING: "info", ACCREDITED: "success", INFO_REQUESTED: "warning", REJECTED: "danger", CANCELLED: "muted" },
  VisaLetterStatus: { REQUESTED: "info", APPROVED: "success", REJECTED: "danger" },
};

/** A consultation phase's live status (not stored: lib/forums/policy.ts computes it). */
export const phaseStatusTones: Record<PhaseStatus, BadgeTone> = { done: "neutral", open: "open", next: "next", later: "outline" };

/**
 * An enum status as a badge: <StatusBadge locale={locale} of="SubmissionStatus" status={s.status} />.
 * `label` replaces the enum's label when a page words it as a sentence.
 */
export async function StatusBadge<E extends StatusEnum>({ locale, of, status, label }: { locale: Locale; of: E; status: EnumValue<E>; label?: string }) {
  const enumLabel = await enumLabeller(locale);
  const tone: BadgeTone = (statusTones[of] as Record<string, BadgeTone>)[status]!;
  return <Badge tone={tone}>{label ?? enumLabel(of, status)}</Badge>;
}
