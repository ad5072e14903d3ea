"use client";

import { Suspense } from "react";
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales, nativeNames } from "@/lib/i18n/locales";

/**
 * Links to the current page in each language; the choice is remembered. The query string (the
 * agenda's filters) is kept once it is known: a cached page is rendered without one, so its
 * HTML carries the plain links and the browser adds the query.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <Suspense fallback={<LanguageLinks label={label} search="" />}>
      <LanguageLinksWithQuery label={label} />
    </Suspense>
  );
}

function LanguageLinksWithQuery({ label }: { label: string }) {
  return <LanguageLinks label={label} search={useSearchParams().toString()} />;
}

/**
 * The names written in a script the page itself does not use (العربية and Русский on an English
 * page, 中文 everywhere but Chinese pages) are drawn with the device's own fonts: in the site's
 * web font they made every page download that script's font for one word (the Arabic one is
 * 163 KB, fetched at the highest priority beside the page's own font and styles).
 */
const ownScript = new Set<string>(["ar", "ru", "zh"]);

function LanguageLinks({ label, search }: { label: string; search: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {locales.map((l) => (
          <li key={l}>
            <Link
              href={href}
              locale={l}
              lang={l}
              hrefLang={l}
              aria-current={l === current ? "true" : undefined}
              className={`rounded px-1 py-0.5 text-white underline-offset-4 hover:underline aria-[current]:font-bold aria-[current]:underline ${ownScript.has(l) && l !== current ? "font-system" : ""}`}
            >
              {nativeNames[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
