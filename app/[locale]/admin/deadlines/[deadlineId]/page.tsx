import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm, type AdminField } from "@/components/admin/admin-form";
import { requireSecretariat } from "@/lib/auth/session";
import { grantExtensionAction, revokeExtensionAction } from "@/lib/deadlines/actions";
import { getDeadlineForAdmin } from "@/lib/deadlines/queries";
import { boundIdSchema } from "@/lib/deadlines/schemas";
import { localizeText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";
import { EMAIL_MAX } from "@/lib/invitations/schemas";
import { formatDeadline, formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

/**
 * One deadline: its extensions and the form that grants one, to a user (by e-mail) or an
 * organisation for the consultation's deadlines, to one of the letter's invitations for a
 * letter's deadline. What is listed here is what the services enforce (lib/deadlines).
 */
export default async function DeadlinePage({ params }: PageProps<"/[locale]/admin/deadlines/[deadlineId]">) {
  const { locale: raw, deadlineId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/deadlines/${encodeURIComponent(deadlineId)}`);
  const deadline = boundIdSchema.safeParse(deadlineId).success ? await getDeadlineForAdmin(secretariat, deadlineId) : null;
  if (!deadline) notFound();
  const [t, tk] = await Promise.all([
    getTranslations({ locale, namespace: "AdminDeadlines" }),
    getTranslations({ locale, namespace: "AdminMail.deadlineKind" }),
  ]);
  const name = `${tk(deadline.kind)}${deadline.campaign ? ` — ${deadline.campaign.symbol}` : ""}`;
  const partyOf = (e: (typeof deadline.extensions)[number]) =>
    e.invitation
      ? t("partyInvitation", { country: localizeText(e.invitation.memberState.name, locale), code: e.invitation.memberStateCode })
      : e.organisation
        ? t("partyOrganisation", { name: e.organisation.name })
        : t("partyUser", { email: e.user?.email ?? "" });
  const partyFields: AdminField[] = deadline.campaignId
    ? [
        {
          kind: "select",
          name: "partyType",
          label: t("partyType"),
          options: [{ value: "invitation", label: t("typeInvitation") }],
          defaultValue: "invitation",
          required: true,
        },
        {
          kind: "select",
          name: "invitationId",
          label: t("invitation"),
          required: true,
          placeholder: t("choose"),
          options: deadline.invitations.map((i) => ({ value: i.id, label: `${localizeText(i.memberState.name, locale)} (${i.memberStateCode})` })),
        },
      ]
    : [
        {
          kind: "select",
          name: "partyType",
          label: t("partyType"),
          options: [
            { value: "user", label: t("typeUser") },
            { value: "organisation", label: t("typeOrganisation") },
          ],
          defaultValue: "user",
          required: true,
        },
        { kind: "email", name: "email", label: t("email"), hint: t("emailHint"), maxLength: EMAIL_MAX, dir: "ltr" },
        {
          kind: "select",
          name: "organisationId",
          label: t("organisation"),
          hint: t("organisationHint"),
          placeholder: t("choose"),
          options: deadline.organisations.map((o) => ({ value: o.id, label: o.name })),
        },
      ];

  return (
    <section className="flex flex-col gap-6">
      <p>
        <Link href="/admin/deadlines" className="text-un-blue-dark underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("deadlineTitle", { deadline: name, edition: localizeText(deadline.edition.title, locale) })}</h1>
      <p>{t("closesAt", { at: formatDeadline(deadline.closesAt, locale).text })}</p>

      <section aria-labelledby="extensions" className="flex flex-col gap-3">
        <h2 id="extensions" className="text-2xl font-semibold">
          {t("extensions")}
        </h2>
        {deadline.extensions.length === 0 && <p>{t("noExtensions")}</p>}
        <ul className="flex flex-col gap-3">
          {deadline.extensions.map((e) => (
            <li key={e.id} className="flex flex-col gap-1 rounded border border-zinc-300 p-3">
              <p className="font-medium">{t("extensionLine", { party: partyOf(e), until: formatDeadline(e.closesAt, locale).text })}</p>
              <p className="text-sm text-zinc-700">
                {t("grantedBy", { who: e.grantedBy?.email ?? t("unknownGranter"), at: formatGenevaDateTime(e.createdAt, locale) })}
              </p>
              <p className="text-sm" dir="auto">
                {e.reason}
              </p>
              <AdminForm
                id={`revoke-${e.id}`}
                action={revokeExtensionAction.bind(null, locale, deadline.id, e.id)}
                fields={[]}
                submitLabel={t("revoke", { party: partyOf(e) })}
                inline
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="grant" className="flex flex-col gap-3">
        <h2 id="grant" className="text-2xl font-semibold">
          {t("grantTitle")}
        </h2>
        <p className="max-w-prose text-zinc-700">{t("grantHint")}</p>
        <AdminForm
          id="grant-extension"
          action={grantExtensionAction.bind(null, locale, deadline.id)}
          submitLabel={t("grant")}
          fields={[
            ...partyFields,
            { kind: "date", name: "until", label: t("until"), required: true },
            { kind: "textarea", name: "reason", label: t("reason"), required: true, rows: 3, dir: "auto" },
          ]}
        />
      </section>
    </section>
  );
}
