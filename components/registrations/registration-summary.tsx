import { getTranslations } from "next-intl/server";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import type { Locale } from "@/lib/i18n/locales";
import { nameWithHonorific } from "@/lib/registrations/display-name";
import type { OwnRegistration } from "@/lib/registrations/queries";

/** The registration as submitted, read-only (after the deadline, or once rejected). */
export async function RegistrationSummary({ locale, registration }: { locale: Locale; registration: OwnRegistration }) {
  const [t, label] = await Promise.all([getTranslations({ locale, namespace: "Registration" }), enumLabeller(locale)]);
  return (
    <section aria-labelledby="summary-title" className="flex flex-col gap-3">
      <h2 id="summary-title" className="text-xl font-semibold">
        {t("readOnly")}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("summary.name")}</dt>
        <dd>
          {nameWithHonorific(
            registration.honorific,
            label("Honorific", registration.honorific),
            `${registration.givenNames} ${registration.familyName}`,
            locale,
          )}
        </dd>
        <dt className="font-semibold">{t("summary.organisation")}</dt>
        <dd>{registration.organisation?.name ?? t("summary.none")}</dd>
        <dt className="font-semibold">{t("summary.attendance")}</dt>
        <dd>{label("Attendance", registration.attendance)}</dd>
        <dt className="font-semibold">{t("summary.delegation")}</dt>
        <dd>{registration.delegationState ?? t("summary.none")}</dd>
        <dt className="font-semibold">{t("summary.visa")}</dt>
        <dd>{registration.visa ? label("VisaLetterStatus", registration.visa.status) : t("summary.none")}</dd>
      </dl>
    </section>
  );
}
