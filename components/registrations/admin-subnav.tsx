import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

const pages = [
  { href: "/admin/registrations", key: "list" },
  { href: "/admin/registrations/queue", key: "queue" },
  { href: "/admin/registrations/focal-points", key: "focalPoints" },
  { href: "/admin/registrations/organisations", key: "organisations" },
  { href: "/admin/registrations/statistics", key: "statistics" },
  { href: "/admin/registrations/data-protection", key: "dataProtection" },
] as const;

/** The pages of the secretariat's registration area, for one edition. */
export async function RegistrationAdminNav({ locale, year }: { locale: Locale; year?: number }) {
  const t = await getTranslations({ locale, namespace: "RegistrationList" });
  return (
    <nav aria-label={t("areaNav")}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {pages.map((p) => (
          <li key={p.href}>
            <Link href={year ? `${p.href}?edition=${year}` : p.href} className="text-un-blue-dark underline">
              {t(`nav.${p.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
