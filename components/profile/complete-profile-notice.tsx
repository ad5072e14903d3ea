import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/**
 * The prompt to complete a profile (name, organisation, stakeholder type, country): on the
 * profile page for a user sent there after signing in, and as a banner on My account.
 */
export async function CompleteProfileNotice({ locale, where }: { locale: Locale; where: "profile" | "account" }) {
  const t = await getTranslations({ locale, namespace: "ProfilePrompt" });
  return (
    <section aria-labelledby="complete-profile" className="flex flex-col gap-2 rounded border-2 border-un-blue bg-sky-50 p-4">
      <h2 id="complete-profile" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-prose">{where === "profile" ? t("welcome") : t("banner")}</p>
      {where === "account" && (
        <Link href="/profile" className="self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue">
          {t("link")}
        </Link>
      )}
    </section>
  );
}
