import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listSecretariatContacts } from "@/lib/documents/queries";
import { documentHref } from "@/lib/forums/links";
import { asLocale } from "@/lib/i18n/params";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/public/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/contact">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "PublicContact" });
  return pageMetadata({ locale, path: "/contact", title: t("title"), description: t("intro") });
}

/** The WSIS Secretariat and the contacts the letters name. */
export default async function ContactPage({ params }: PageProps<"/[locale]/contact">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicContact" });
  const contacts = await listSecretariatContacts();
  return (
    <article className="flex max-w-prose flex-col gap-5">
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("title")}</h1>
      <p>{t("intro")}</p>
      <address className="not-italic">
        <p className="font-semibold">{t("secretariat")}</p>
        <p>{t("address")}</p>
        <p>
          {t("email")}:{" "}
          <a href="mailto:wsis-info@itu.int" className="text-un-blue-dark underline" dir="ltr">
            wsis-info@itu.int
          </a>
        </p>
      </address>
      {contacts.length > 0 && (
        <section aria-labelledby="contacts">
          <h2 id="contacts" className="mb-2 text-2xl font-semibold">
            {t("contactsTitle")}
          </h2>
          <ul className="flex flex-col gap-3">
            {contacts.map((c) => (
              <li key={c.name} className="rounded border border-zinc-200 p-3">
                <p className="font-semibold">{c.name}</p>
                <p>
                  {t("phone")}:{" "}
                  <a href={`tel:${c.phone.replace(/\s/g, "")}`} dir="ltr" className="text-un-blue-dark underline">
                    {c.phone}
                  </a>
                </p>
                {c.fax && (
                  <p>
                    {t("fax")}: <span dir="ltr">{c.fax}</span>
                  </p>
                )}
                <p>
                  {t("email")}:{" "}
                  <a href={`mailto:${c.email}`} dir="ltr" className="text-un-blue-dark underline">
                    {c.email}
                  </a>
                </p>
                <p className="text-sm">
                  {t("namedIn")}{" "}
                  <Link href={documentHref(c.slug)} className="text-un-blue-dark underline">
                    <span dir="ltr">{c.symbol}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
