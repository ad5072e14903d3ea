import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import type { AgendaCatalog } from "@/lib/agenda/queries";
import type { AgendaSessionView } from "@/lib/agenda/snapshot";
import { sessionHref } from "@/lib/forums/links";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { SessionMeta } from "./session-meta";

/** One session in the agenda list. */
export async function SessionCard({ year, session, catalog, locale }: { year: number; session: AgendaSessionView; catalog: AgendaCatalog; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "PublicAgenda" });
  return (
    <article className={`rounded border p-4 ${session.track === "HIGH_LEVEL" ? "border-un-blue border-s-8" : "border-zinc-200"}`}>
      <h3 className="mb-2 text-lg font-semibold">
        <Link href={sessionHref(year, session.slug)} className="text-un-blue-dark underline">
          <LocalizedText value={localize(session.title, locale)} fallbackLabel={t("fallbackNotice")} locale={locale} />
        </Link>
      </h3>
      <SessionMeta session={session} catalog={catalog} locale={locale} />
      {session.speakers.length > 0 && (
        <p className="mt-2 text-sm">
          <span className="font-semibold">{t("speakers")}:</span> {session.speakers.map((s) => s.name).join(", ")}
        </p>
      )}
    </article>
  );
}
