import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** The privacy notice of Forum registration: who sees what, and when passport data is erased. */
export async function PrivacyNotice({ locale, retentionDays }: { locale: Locale; retentionDays: number }) {
  const t = await getTranslations({ locale, namespace: "PrivacyNotice" });
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p>{t("intro")}</p>
      <p>{t("who")}</p>
      <p>{t("passport", { days: retentionDays })}</p>
      <p>{t("retention")}</p>
      <p>{t("contact")}</p>
    </div>
  );
}
