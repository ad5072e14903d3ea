import { getLocale, getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "Forbidden" });
  return (
    <section className="flex max-w-prose flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
    </section>
  );
}
