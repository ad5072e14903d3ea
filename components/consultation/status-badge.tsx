import { getTranslations } from "next-intl/server";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

const tones: Record<SubmissionStatus, string> = {
  DRAFT: "bg-zinc-200 text-zinc-900",
  SUBMITTED: "bg-sky-100 text-sky-950",
  UNDER_REVIEW: "bg-indigo-100 text-indigo-950",
  REVISIONS_REQUESTED: "bg-amber-100 text-amber-950",
  ACCEPTED: "bg-green-100 text-green-950",
  DECLINED: "bg-red-100 text-red-950",
  WITHDRAWN: "bg-zinc-100 text-zinc-800",
  MERGED: "bg-purple-100 text-purple-950",
  DUPLICATE: "bg-zinc-100 text-zinc-800",
};

export async function StatusBadge({ status, locale }: { status: SubmissionStatus; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "SubmissionStatus" });
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${tones[status]}`}>{t(status)}</span>;
}
