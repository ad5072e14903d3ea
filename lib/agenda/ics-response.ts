import "server-only";
import { getTranslations } from "next-intl/server";
import { agendaCalendar } from "@/lib/calendar/ics";
import { env } from "@/lib/env";
import { getEditionByYear, parseYear } from "@/lib/forums/queries";
import { sessionHref } from "@/lib/forums/links";
import { localizeText } from "@/lib/i18n/localized";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/public/metadata";
import type { AgendaSessionView } from "./snapshot";
import { getPublishedAgenda, type PublishedAgenda } from "./queries";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * A route handler's answer with an .ics of the published agenda: `pick` chooses the sessions
 * (null or none: 404). Unknown language, edition or agenda: 404, never a 500.
 */
export async function agendaIcsResponse(
  params: { locale: string; year: string },
  pick: (agenda: PublishedAgenda) => { sessions: AgendaSessionView[]; filename: string; name?: (forum: string) => string } | null,
): Promise<Response> {
  if (!isLocale(params.locale)) return notFound();
  const locale: Locale = params.locale;
  const year = parseYear(params.year);
  const edition = year === null ? null : await getEditionByYear(year);
  if (!edition) return notFound();
  const agenda = await getPublishedAgenda(edition.id);
  const picked = agenda ? pick(agenda) : null;
  if (!agenda || !picked || picked.sessions.length === 0) return notFound();
  const t = await getTranslations({ locale, namespace: "PublicAgenda" });
  const forum = localizeText(edition.title, locale);
  const body = agendaCalendar({
    name: picked.name?.(forum) ?? t("calendarName", { forum }),
    sessions: picked.sessions,
    timeZone: agenda.timeZone,
    locale,
    sessionUrl: (slug) => absoluteUrl(locale, sessionHref(edition.year, slug)),
    uidDomain: new URL(env().APP_URL).hostname,
    publishedAt: agenda.publishedAt,
    details: (s) => (s.speakers.length ? [`${t("speakers")}: ${s.speakers.map((p) => p.name).join(", ")}`] : []),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${picked.filename}"`,
      "cache-control": "public, max-age=300",
    },
  });
}
