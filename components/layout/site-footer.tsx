import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Footer" });
  return (
    <footer className="mt-12 border-t border-zinc-200 bg-zinc-50 text-sm text-zinc-700">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:px-6">
        <p>{t("about")}</p>
        <p>{t("geneva")}</p>
        <p>
          {t("contact", { email: "wsis-info@itu.int" })} ·{" "}
          <Link href="/partnership" className="underline">
            {t("partnership")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
