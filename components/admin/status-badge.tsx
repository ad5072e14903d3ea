import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

const tone: Record<string, string> = {
  SUBMITTED: "bg-sky-100 text-sky-950",
  UNDER_REVIEW: "bg-indigo-100 text-indigo-950",
  REVISIONS_REQUESTED: "bg-amber-100 text-amber-950",
  ACCEPTED: "bg-green-100 text-green-950",
  DECLINED: "bg-red-100 text-red-950",
};

/** A submission's state as text (colour only repeats what the word says). */
export async function StatusBadge({ locale, status }: { locale: Locale; status: string }) {
  const t = await getTranslations({ locale, namespace: "AdminReview" });
  return <span className={`rounded px-2 py-0.5 text-sm font-medium ${tone[status] ?? "bg-zinc-100 text-zinc-900"}`}>{t(`statuses.${status as "SUBMITTED"}`)}</span>;
}
