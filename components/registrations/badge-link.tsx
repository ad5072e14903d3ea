import { getTranslations } from "next-intl/server";
import { registrationHref } from "@/lib/forums/links";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** On the registration page: the way to the e-badge (or remote connection details) and the visa letter. */
export async function BadgeLink({ locale, year, accredited, visaLetter }: { locale: Locale; year: number; accredited: boolean; visaLetter: boolean }) {
  if (!accredited && !visaLetter) return null;
  const t = await getTranslations({ locale, namespace: "Badge" });
  return (
    <p>
      <Link href={`${registrationHref(year)}/badge`} className="font-semibold underline">
        {accredited ? t("link") : t("linkVisa")}
      </Link>
    </p>
  );
}
