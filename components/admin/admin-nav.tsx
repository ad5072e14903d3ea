import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** The sections of the secretariat area; each section's pages check the role themselves. */
const sections = [
  { href: "/admin", key: "dashboard" },
  { href: "/admin/invitations", key: "invitations" },
  { href: "/admin/confirmations", key: "confirmations" },
  { href: "/admin/registrations", key: "registrations" },
  { href: "/admin/policy-statements", key: "policyStatements" },
  { href: "/admin/submissions", key: "submissions" },
  { href: "/admin/regional-inputs", key: "regionalInputs" },
  { href: "/admin/registrations/queue", key: "accreditation" },
  { href: "/admin/meetings", key: "meetings" },
  { href: "/admin/visa-letters", key: "visaLetters" },
  { href: "/admin/check-in", key: "checkIn" },
  { href: "/admin/discussions", key: "discussions" },
  { href: "/admin/editions", key: "editions" },
  { href: "/admin/deadlines", key: "deadlines" },
  { href: "/admin/agenda", key: "agenda" },
  { href: "/admin/statistics", key: "statistics" },
  { href: "/admin/mail", key: "mail" },
  { href: "/admin/exports", key: "exports" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/staff", key: "staff" },
] as const;

export async function AdminNav({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "AdminNav" });
  return (
    <nav aria-label={t("label")} className="border-b border-zinc-200 pb-3 mb-6">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {sections.map((s) => (
          <li key={s.href}>
            <Link href={s.href} className="text-un-blue-dark underline-offset-4 hover:underline">
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
