import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { windowState } from "@/lib/deadlines/policy";
import type { Window } from "@/lib/deadlines/types";
import { formatDeadline, formatGenevaDateTime } from "@/lib/time/format";

/** When this window opens or closes for the user, in Geneva time, with their extension if any. */
export async function WindowNotice({ window, now, locale }: { window: Window | null; now: Date; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Consultation" });
  if (!window) return <p className="rounded border border-zinc-300 bg-zinc-50 p-3">{t("noWindow")}</p>;
  const state = windowState(window, now);
  const closes = formatDeadline(window.closesAt, locale);
  const closesText = closes.endOfDay ? t("byEndOf", { day: closes.text }) : closes.text;
  const tone = state === "OPEN" ? "border-green-600 bg-green-50 text-green-950" : "border-amber-500 bg-amber-50 text-amber-950";
  return (
    <p className={`rounded border p-3 ${tone}`}>
      {state === "OPEN" && t("openUntil", { when: closesText })}
      {state === "NOT_OPEN_YET" && window.opensAt && t("opensAt", { when: formatGenevaDateTime(window.opensAt, locale) })}
      {state === "CLOSED" && t("closedSince", { when: closesText })}
      {window.extended && ` ${t("extended")}`}
    </p>
  );
}
