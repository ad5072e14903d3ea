import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { documentHref } from "@/lib/forums/links";
import { asLocale } from "@/lib/i18n/params";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/public/metadata";
import { CL_19_59_SLUG } from "@/lib/reference/editions";

export async function generateMetadata({ params }: PageProps<"/[locale]/partnership">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "PublicPartnership" });
  return pageMetadata({ locale, path: "/partnership", title: t("title"), description: t("intro") });
}

export default async function PartnershipPage({ params }: PageProps<"/[locale]/partnership">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicPartnership" });
  const kinds = ["strategic", "contributing", "activities"] as const;
  return (
    <article className="flex max-w-prose flex-col gap-5">
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="kinds">
        <h2 id="kinds" className="mb-2 text-2xl font-semibold">
          {t("kindsTitle")}
        </h2>
        <ul className="list-disc ps-6">
          {kinds.map((k) => (
            <li key={k}>{t(`kinds.${k}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="benefits">
        <h2 id="benefits" className="mb-2 text-2xl font-semibold">
          {t("benefitsTitle")}
        </h2>
        <p>{t("benefits")}</p>
      </section>
      <section aria-labelledby="how">
        <h2 id="how" className="mb-2 text-2xl font-semibold">
          {t("howTitle")}
        </h2>
        <p>
          {t("how")}{" "}
          <a href="mailto:wsis-info@itu.int" className="text-un-blue-dark underline" dir="ltr">
            wsis-info@itu.int
          </a>
        </p>
        <p className="mt-2">
          {t("letter")}{" "}
          <Link href={documentHref(CL_19_59_SLUG)} className="text-un-blue-dark underline">
            <span dir="ltr">CL-19/59</span>
          </Link>
        </p>
      </section>
    </article>
  );
}
