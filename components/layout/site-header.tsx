import { getTranslations } from "next-intl/server";
import { headerSession } from "@/lib/auth/header-session";
import { localMailboxEnabled } from "@/lib/email/mailbox";
import { editionHref } from "@/lib/forums/links";
import { getCurrentEdition } from "@/lib/forums/queries";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

/**
 * The banner and main navigation. On a cached page nothing here depends on the visitor (the
 * signed-in menu is read in the browser); a page rendered per request shows its visitor's menu
 * from the server (lib/auth/header-session.ts).
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Nav" });
  const tm = await getTranslations({ locale, namespace: "Meta" });
  const edition = await getCurrentEdition();
  const session = await headerSession();
  // the edition sections lead to the current edition; with none published, to the archive
  const section = (s: "consultation" | "agenda" | "high-level-track") => (edition ? editionHref(edition.year, s) : "/forums");
  const links = [
    { href: "/", label: t("home") },
    { href: section("consultation"), label: t("consultation") },
    { href: section("agenda"), label: t("agenda") },
    { href: section("high-level-track"), label: t("highLevelTrack") },
    { href: "/documents", label: t("documents") },
    { href: "/contact", label: t("contact") },
  ];
  return (
    <header className="bg-un-blue-dark text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="text-xl font-bold tracking-tight">
          {tm("siteName")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher label={t("language")} />
          <UserMenu initial={session} />
        </div>
      </div>
      <nav aria-label={t("main")} className="bg-un-blue">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-sm font-medium sm:px-6">
          {links.map((l) => (
            <li key={l.label}>
              <Link href={l.href} className="underline-offset-4 hover:underline">
                {l.label}
              </Link>
            </li>
          ))}
          {localMailboxEnabled() && (
            <li>
              <Link href="/dev/mailbox" className="underline-offset-4 hover:underline">
                {t("mailbox")}
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}
