import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { genevaDayKey, genevaTimeValue } from "@/components/admin/dates";
import { stringParams } from "@/components/admin/query";
import { saveSessionAction } from "@/lib/agenda-builder/actions";
import { getAgendaBuilder, getSessionForEditor } from "@/lib/agenda-builder/queries";
import { requireSecretariat } from "@/lib/auth/session";
import { pickAdminEdition } from "@/lib/editions/queries";
import { SessionType, Track } from "@/lib/generated/prisma/enums";
import { asLocale } from "@/lib/i18n/params";
import { localizeText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDay } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditSessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale: rawLocale, id } = await params;
  const locale = asLocale(rawLocale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/agenda/sessions/${id}`);
  const edition = await pickAdminEdition(secretariat, locale, stringParams(await searchParams).edition);
  const session = edition ? await getSessionForEditor(secretariat, edition.id, id) : null;
  if (!edition || !session) notFound();
  const [t, a] = await Promise.all([getTranslations({ locale, namespace: "AdminAgenda" }), getAgendaBuilder(secretariat, edition.id, locale)]);
  const speakers = Array.isArray(session.speakers) ? (session.speakers as { name: string; title?: string; organisation?: string }[]) : [];
  return (
    <section className="flex flex-col gap-6">
      <p>
        <Link href={`/admin/agenda?edition=${edition.year}`} className="text-un-blue-dark underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("editTitle", { title: localizeText(session.title, locale) })}</h1>
      <AdminForm
        id="edit-session"
        action={saveSessionAction.bind(null, locale, edition.id, session.id)}
        submitLabel={t("saveSession")}
        fields={[
          { kind: "text", name: "title", label: t("sessionTitle"), hint: t("englishHint"), defaultValue: localizeText(session.title, "en"), required: true },
          {
            kind: "select",
            name: "track",
            label: t("track"),
            defaultValue: session.track,
            options: Object.values(Track).map((v) => ({ value: v, label: t(`tracks.${v}`) })),
          },
          {
            kind: "select",
            name: "type",
            label: t("type"),
            defaultValue: session.type,
            options: Object.values(SessionType).map((v) => ({ value: v, label: t(`types.${v}`) })),
          },
          {
            kind: "select",
            name: "roomId",
            label: t("room"),
            defaultValue: session.roomId ?? "",
            options: [{ value: "", label: t("noRoom") }, ...a.rooms.map((r) => ({ value: r.id, label: r.name }))],
          },
          {
            kind: "select",
            name: "day",
            label: t("day"),
            defaultValue: genevaDayKey(session.startsAt),
            options: a.days.map((d) => ({ value: d, label: formatCalendarDay(new Date(`${d}T00:00:00Z`), locale, "medium") })),
          },
          { kind: "time", name: "startTime", label: t("startTime"), hint: t("timeHint"), defaultValue: genevaTimeValue(session.startsAt), required: true },
          { kind: "time", name: "endTime", label: t("endTime"), hint: t("timeHint"), defaultValue: genevaTimeValue(session.endsAt), required: true },
          {
            kind: "textarea",
            name: "speakers",
            label: t("speakers"),
            hint: t("speakersHint"),
            rows: 4,
            defaultValue: speakers.map((s) => [s.name, s.title ?? "", s.organisation ?? ""].join(" | ").replace(/( \| )+$/, "")).join("\n"),
          },
          {
            kind: "textarea",
            name: "description",
            label: t("description"),
            rows: 3,
            defaultValue: session.description ? localizeText(session.description, "en") : "",
          },
        ]}
      />
    </section>
  );
}
