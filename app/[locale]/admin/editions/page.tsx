import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { requireSecretariat } from "@/lib/auth/session";
import { createEditionAction } from "@/lib/editions/actions";
import { listEditionsForAdmin } from "@/lib/editions/queries";
import { asLocale } from "@/lib/i18n/params";
import { Link } from "@/lib/i18n/navigation";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/editions`);
  const [t, editions, label] = await Promise.all([
    getTranslations({ locale, namespace: "AdminEditions" }),
    listEditionsForAdmin(secretariat, locale),
    enumLabeller(locale),
  ]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className="flex flex-col gap-2">
        {editions.map((e) => (
          <li key={e.id}>
            <Link href={`/admin/editions/${e.year}`} className="text-un-blue-dark underline">
              {e.year} — {e.title}
            </Link>{" "}
            <span className="text-sm text-zinc-700">({label("EditionStatus", e.status)})</span>
          </li>
        ))}
      </ul>
      <h2 className="text-2xl font-semibold">{t("createTitle")}</h2>
      <AdminForm
        id="create-edition"
        action={createEditionAction.bind(null, locale)}
        submitLabel={t("create")}
        fields={[
          { kind: "number", name: "year", label: t("year"), required: true },
          { kind: "text", name: "title", label: t("editionTitle"), hint: t("englishHint"), required: true },
          { kind: "textarea", name: "theme", label: t("theme"), hint: t("englishHint"), required: true, rows: 2 },
          { kind: "text", name: "venue", label: t("venue"), defaultValue: "Geneva, Switzerland", required: true },
          { kind: "date", name: "startDate", label: t("startDate"), required: true },
          { kind: "date", name: "endDate", label: t("endDate"), required: true },
          { kind: "checkbox", name: "datesIndicative", label: t("datesIndicative"), defaultChecked: true },
        ]}
      />
    </section>
  );
}
