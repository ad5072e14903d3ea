import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AffectedList } from "@/components/admin/affected-list";
import { genevaInputValue } from "@/components/admin/dates";
import { requireSecretariat } from "@/lib/auth/session";
import { addDeadlineAction, addPhaseAction, updateEditionSettingsAction, moveDeadlineAction, movePhaseAction } from "@/lib/editions/actions";
import { getEditionForEditor } from "@/lib/editions/queries";
import { isCampaignKind } from "@/lib/deadlines/types";
import { Link } from "@/lib/i18n/navigation";
import { DeadlineKind, EditionStatus, PhaseKind } from "@/lib/generated/prisma/enums";
import { asLocale } from "@/lib/i18n/params";
import { localizeText } from "@/lib/i18n/localized";
import { formatCalendarRange, formatGenevaDateTime } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditionEditorPage({ params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale: rawLocale, year } = await params;
  const locale = asLocale(rawLocale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/editions/${year}`);
  if (!/^\d{4}$/.test(year)) notFound();
  const edition = await getEditionForEditor(secretariat, Number(year));
  if (!edition) notFound();
  const [t, tc, tk, label] = await Promise.all([
    getTranslations({ locale, namespace: "AdminEditions" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    getTranslations({ locale, namespace: "AdminMail.deadlineKind" }),
    enumLabeller(locale),
  ]);
  const missingKinds = Object.values(DeadlineKind).filter((k) => !isCampaignKind(k) && !edition.deadlines.some((d) => d.kind === k));
  const confirm = (count: number) => ({ prompt: t("moveConfirm", { count }), confirmLabel: tc("confirm"), cancelLabel: tc("cancel") });
  return (
    <section className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{localizeText(edition.title, locale)}</h1>
        <p>{formatCalendarRange(edition.startDate, edition.endDate, locale)}</p>
      </div>
      <section aria-labelledby="settings" className="flex flex-col gap-3">
        <h2 id="settings" className="text-2xl font-semibold">
          {t("settings")}
        </h2>
        <AdminForm
          id="edition-settings"
          action={updateEditionSettingsAction.bind(null, locale, edition.id, edition.year)}
          submitLabel={t("save")}
          fields={[
            {
              kind: "select",
              name: "status",
              label: t("statusLabel"),
              defaultValue: edition.status,
              options: Object.values(EditionStatus).map((s) => ({ value: s, label: label("EditionStatus", s) })),
            },
            { kind: "checkbox", name: "datesIndicative", label: t("datesIndicative"), defaultChecked: edition.datesIndicative },
          ]}
        />
      </section>
      <section aria-labelledby="phases" className="flex flex-col gap-4">
        <h2 id="phases" className="text-2xl font-semibold">
          {t("phases")}
        </h2>
        {edition.phases.length === 0 && <p>{t("noPhases")}</p>}
        {edition.phases.map((p) => (
          <article key={p.id} aria-labelledby={`phase-${p.id}`} className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
            <h3 id={`phase-${p.id}`} className="text-xl font-semibold">
              {t("phase", { number: p.number, title: localizeText(p.title, locale) })}
            </h3>
            <p>
              {formatGenevaDateTime(p.startsAt, locale)} {p.datesIndicative ? `(${t("indicative")})` : `(${t("confirmed")})`}
            </p>
            <AffectedList locale={locale} people={p.affected} />
            <AdminForm
              id={`phase-form-${p.id}`}
              action={movePhaseAction.bind(null, locale, p.id, edition.year)}
              submitLabel={t("savePhase", { number: p.number })}
              confirm={confirm(p.affected.length)}
              fields={[
                { kind: "datetime-local", name: "startsAt", label: t("startsAt"), defaultValue: genevaInputValue(p.startsAt), required: true },
                { kind: "datetime-local", name: "endsAt", label: t("endsAt"), defaultValue: genevaInputValue(p.endsAt) },
                { kind: "checkbox", name: "datesIndicative", label: t("markIndicative"), defaultChecked: p.datesIndicative },
                { kind: "checkbox", name: "notify", label: t("notify", { count: p.affected.length }), defaultChecked: true },
              ]}
            />
          </article>
        ))}
        <h3 className="text-xl font-semibold">{t("addPhase")}</h3>
        <AdminForm
          id="add-phase"
          action={addPhaseAction.bind(null, locale, edition.id, edition.year)}
          submitLabel={t("addPhase")}
          fields={[
            { kind: "number", name: "number", label: t("number"), required: true, defaultValue: String((edition.phases.at(-1)?.number ?? 0) + 1) },
            { kind: "select", name: "kind", label: t("phaseKind"), options: Object.values(PhaseKind).map((k) => ({ value: k, label: label("PhaseKind", k) })) },
            { kind: "text", name: "title", label: t("phaseTitle"), hint: t("englishHint"), required: true },
            { kind: "datetime-local", name: "startsAt", label: t("startsAt"), required: true },
            { kind: "checkbox", name: "datesIndicative", label: t("markIndicative"), defaultChecked: true },
          ]}
        />
      </section>
      <section aria-labelledby="deadlines" className="flex flex-col gap-4">
        <h2 id="deadlines" className="text-2xl font-semibold">
          {t("deadlines")}
        </h2>
        {edition.deadlines.length === 0 && <p>{t("noDeadlines")}</p>}
        {edition.deadlines.map((d) => (
          <article key={d.id} aria-labelledby={`deadline-${d.id}`} className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
            <h3 id={`deadline-${d.id}`} className="text-xl font-semibold">
              {tk(d.kind)}
              {d.campaign && ` — ${d.campaign.symbol}`}
            </h3>
            <p>
              {t("closes", { at: formatGenevaDateTime(d.closesAt, locale) })} {d.indicative ? `(${t("indicative")})` : `(${t("confirmed")})`}
            </p>
            <p>
              <Link href={`/admin/deadlines/${d.id}`} className="text-un-blue-dark underline">
                {t("extensionsLink")}
              </Link>
            </p>
            <AffectedList locale={locale} people={d.affected} />
            <AdminForm
              id={`deadline-form-${d.id}`}
              action={moveDeadlineAction.bind(null, locale, d.id, edition.year)}
              submitLabel={t("saveDeadline", { kind: tk(d.kind) })}
              confirm={confirm(d.affected.length)}
              fields={[
                { kind: "datetime-local", name: "opensAt", label: t("opensAt"), defaultValue: genevaInputValue(d.opensAt) },
                {
                  kind: "datetime-local",
                  name: "closesAt",
                  label: t("closesAt"),
                  hint: t("closesAtHint"),
                  defaultValue: genevaInputValue(d.closesAt),
                  required: true,
                },
                {
                  kind: "datetime-local",
                  name: "modificationClosesAt",
                  label: t("modificationClosesAt"),
                  defaultValue: genevaInputValue(d.modificationClosesAt),
                },
                { kind: "checkbox", name: "indicative", label: t("markIndicative"), defaultChecked: d.indicative },
                { kind: "checkbox", name: "notify", label: t("notify", { count: d.affected.length }), defaultChecked: true },
              ]}
            />
          </article>
        ))}
        {missingKinds.length > 0 && (
          <>
            <h3 className="text-xl font-semibold">{t("addDeadline")}</h3>
            <AdminForm
              id="add-deadline"
              action={addDeadlineAction.bind(null, locale, edition.id, edition.year)}
              submitLabel={t("addDeadline")}
              fields={[
                { kind: "select", name: "kind", label: t("deadlineKind"), options: missingKinds.map((k) => ({ value: k, label: tk(k) })) },
                { kind: "datetime-local", name: "opensAt", label: t("opensAt") },
                { kind: "datetime-local", name: "closesAt", label: t("closesAt"), hint: t("closesAtHint"), required: true },
                { kind: "checkbox", name: "indicative", label: t("markIndicative"), defaultChecked: true },
              ]}
            />
          </>
        )}
      </section>
    </section>
  );
}
