import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm, type AdminField } from "@/components/admin/admin-form";
import { EditionPicker } from "@/components/admin/edition-picker";
import { genevaDayKey } from "@/components/admin/dates";
import { stringParams } from "@/components/admin/query";
import { createRoomAction, deleteSessionAction, placeSubmissionAction, publishAgendaAction, saveSessionAction } from "@/lib/agenda-builder/actions";
import { findClashes } from "@/lib/agenda-builder/policy";
import { getAgendaBuilder } from "@/lib/agenda-builder/queries";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { SessionType, Track } from "@/lib/generated/prisma/enums";
import { asLocale } from "@/lib/i18n/params";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDay, formatGenevaDateTime, formatGenevaTimeRange } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function AgendaBuilderPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/agenda`);
  const query = stringParams(await searchParams);
  const [t, tc, editions, edition] = await Promise.all([
    getTranslations({ locale, namespace: "AdminAgenda" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
  ]);
  if (!edition) return <p>{t("noEdition")}</p>;
  const a = await getAgendaBuilder(secretariat, edition.id, locale);
  const clashes = findClashes(
    a.sessions.map((s) => ({
      id: s.id,
      slug: s.slug,
      title: s.title,
      roomId: s.roomId,
      roomName: s.room,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      speakers: s.speakers,
    })),
  );
  const dayOptions = a.days.map((d) => ({ value: d, label: formatCalendarDay(new Date(`${d}T00:00:00Z`), locale, "medium") }));
  const roomOptions = [{ value: "", label: t("noRoom") }, ...a.rooms.map((r) => ({ value: r.id, label: r.name }))];
  const slotFields: AdminField[] = [
    { kind: "select", name: "roomId", label: t("room"), options: roomOptions },
    { kind: "select", name: "day", label: t("day"), options: dayOptions },
    { kind: "time", name: "startTime", label: t("startTime"), hint: t("timeHint"), defaultValue: "10:00", required: true },
    { kind: "time", name: "endTime", label: t("endTime"), hint: t("timeHint"), defaultValue: "11:30", required: true },
  ];
  return (
    <section className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <EditionPicker locale={locale} editions={editions} current={edition.year} />

      <section aria-labelledby="warnings" className="flex flex-col gap-2">
        <h2 id="warnings" className="text-2xl font-semibold">
          {t("warnings", { count: clashes.length })}
        </h2>
        {clashes.length === 0 ? (
          <p>{t("noClash")}</p>
        ) : (
          <ul className="flex flex-col gap-1 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950">
            {clashes.map((c, i) => (
              <li key={i}>
                {c.kind === "room"
                  ? t("clashRoom", { room: c.room, a: c.a.title, b: c.b.title })
                  : t("clashSpeaker", { speaker: c.speaker, a: c.a.title, b: c.b.title })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sessions" className="flex flex-col gap-3">
        <h2 id="sessions" className="text-2xl font-semibold">
          {t("sessions", { count: a.sessions.length })}
        </h2>
        {a.days.map((d) => {
          const daySessions = a.sessions.filter((s) => genevaDayKey(s.startsAt) === d);
          if (daySessions.length === 0) return null;
          return (
            <table key={d} className="w-full border-collapse text-sm">
              <caption className="text-start text-lg font-semibold">{formatCalendarDay(new Date(`${d}T00:00:00Z`), locale)}</caption>
              <thead>
                <tr className="border-b border-zinc-400">
                  <th scope="col" className="p-1 text-start">
                    {t("time")}
                  </th>
                  <th scope="col" className="p-1 text-start">
                    {t("room")}
                  </th>
                  <th scope="col" className="p-1 text-start">
                    {t("sessionTitle")}
                  </th>
                  <th scope="col" className="p-1 text-start">
                    {t("speakers")}
                  </th>
                  <th scope="col" className="p-1 text-start">
                    {tc("actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {daySessions.map((s) => (
                  <tr key={s.id} className="border-b border-zinc-200 align-top">
                    <td className="p-1 whitespace-nowrap">{formatGenevaTimeRange(s.startsAt, s.endsAt, locale)}</td>
                    <td className="p-1">{s.room ?? "—"}</td>
                    <td className="p-1">
                      {s.title}
                      <br />
                      <span className="text-xs">
                        {t(`tracks.${s.track}`)} · {t(`types.${s.type}`)}
                        {s.submission ? ` · ${s.submission.reference}` : ""}
                      </span>
                    </td>
                    <td className="p-1">{s.speakers.map((p) => p.name).join(", ")}</td>
                    <td className="p-1 flex flex-col gap-1">
                      <Link className="underline" href={`/admin/agenda/sessions/${s.id}?edition=${edition.year}`}>
                        {t("edit", { title: s.title })}
                      </Link>
                      <AdminForm
                        id={`delete-${s.id}`}
                        inline
                        action={deleteSessionAction.bind(null, locale, edition.id, s.id)}
                        fields={[]}
                        submitLabel={t("delete", { title: s.title })}
                        confirm={{ prompt: t("deleteConfirm", { title: s.title }), confirmLabel: tc("confirm"), cancelLabel: tc("cancel") }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </section>

      <section aria-labelledby="place" className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
        <h2 id="place" className="text-2xl font-semibold">
          {t("placeTitle")}
        </h2>
        {a.placeable.length === 0 ? (
          <p>{t("nothingToPlace")}</p>
        ) : (
          <AdminForm
            id="place-submission"
            action={placeSubmissionAction.bind(null, locale, edition.id)}
            submitLabel={t("place")}
            fields={[
              {
                kind: "select",
                name: "submissionId",
                label: t("acceptedSubmission"),
                options: a.placeable.map((p) => ({ value: p.id, label: `${p.reference} — ${p.title}` })),
              },
              ...slotFields,
            ]}
          />
        )}
      </section>

      <section aria-labelledby="new-session" className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
        <h2 id="new-session" className="text-2xl font-semibold">
          {t("newSession")}
        </h2>
        <AdminForm
          id="new-session-form"
          action={saveSessionAction.bind(null, locale, edition.id, null)}
          submitLabel={t("addSession")}
          fields={[
            { kind: "text", name: "title", label: t("sessionTitle"), hint: t("englishHint"), required: true },
            {
              kind: "select",
              name: "track",
              label: t("track"),
              defaultValue: "HIGH_LEVEL",
              options: Object.values(Track).map((v) => ({ value: v, label: t(`tracks.${v}`) })),
            },
            {
              kind: "select",
              name: "type",
              label: t("type"),
              defaultValue: "POLICY_STATEMENTS",
              options: Object.values(SessionType).map((v) => ({ value: v, label: t(`types.${v}`) })),
            },
            ...slotFields,
            { kind: "textarea", name: "speakers", label: t("speakers"), hint: t("speakersHint"), rows: 3 },
            { kind: "textarea", name: "description", label: t("description"), rows: 2 },
          ]}
        />
      </section>

      <section aria-labelledby="rooms" className="flex flex-col gap-3">
        <h2 id="rooms" className="text-2xl font-semibold">
          {t("rooms")}
        </h2>
        <ul className="list-disc ps-6">
          {a.rooms.map((r) => (
            <li key={r.id}>
              {r.name}
              {r.capacity ? ` (${t("seats", { count: r.capacity })})` : ""}
            </li>
          ))}
        </ul>
        <AdminForm
          id="new-room"
          inline
          action={createRoomAction.bind(null, locale, edition.id)}
          submitLabel={t("addRoom")}
          fields={[
            { kind: "text", name: "name", label: t("roomName"), required: true },
            { kind: "number", name: "capacity", label: t("capacity") },
          ]}
        />
      </section>

      <section aria-labelledby="publish" className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
        <h2 id="publish" className="text-2xl font-semibold">
          {t("publishTitle")}
        </h2>
        <p>{t("publishHint")}</p>
        <AdminForm
          id="publish-agenda"
          action={publishAgendaAction.bind(null, locale, edition.id)}
          fields={[]}
          submitLabel={t("publish")}
          confirm={{
            prompt: t("publishConfirm", { count: a.sessions.length, clashes: clashes.length }),
            confirmLabel: tc("confirm"),
            cancelLabel: tc("cancel"),
          }}
        />
        {a.publications.length > 0 && (
          <ul className="text-sm">
            {a.publications.map((p) => (
              <li key={p.id}>{t("version", { version: p.version, at: formatGenevaDateTime(p.publishedAt, locale), by: p.publishedBy?.email ?? "—" })}</li>
            ))}
          </ul>
        )}
        <p>
          <a className="underline" href={`/${locale}/forums/${edition.year}/agenda`}>
            {t("publicAgenda")}
          </a>
        </p>
      </section>
    </section>
  );
}
