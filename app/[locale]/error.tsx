"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Unexpected failures: no stack or database text reaches the visitor. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <section className="flex max-w-prose flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-un-blue-dark px-4 py-2 font-semibold text-white">
          {t("retry")}
        </button>
        <Link href="/" className="self-center underline">
          {t("home")}
        </Link>
      </div>
    </section>
  );
}
