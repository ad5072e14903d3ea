import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarDay } from "@/lib/time/format";

/** The letter an invitation carries: symbol, date and subject. */
export async function LetterSummary({ campaign, locale }: { campaign: { symbol: string; letterDate: Date; subject: unknown }; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "InvitationLink" });
  const tc = await getTranslations({ locale, namespace: "Common" });
  return (
    <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      <dt className="font-medium">{t("letter")}</dt>
      <dd>
        <bdi dir="ltr" data-testid="letter-symbol">
          {campaign.symbol}
        </bdi>
      </dd>
      <dt className="font-medium">{t("date")}</dt>
      <dd>{formatCalendarDay(campaign.letterDate, locale)}</dd>
      <dt className="font-medium">{t("subject")}</dt>
      <dd>
        <LocalizedText value={localize(campaign.subject, locale)} fallbackLabel={tc("englishFallback")} locale={locale} />
      </dd>
    </dl>
  );
}
