import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DiscussionThread } from "@/components/consultation/discussion-thread";
import { TextPostForm } from "@/components/consultation/post-forms";
import { LocalizedText } from "@/components/ui/localized-text";
import { requireUser } from "@/lib/auth/session";
import { createPostAction } from "@/lib/discussions/actions";
import { isTopicOpen } from "@/lib/discussions/policy";
import { getTopicThread } from "@/lib/discussions/queries";
import { Link } from "@/lib/i18n/navigation";
import { localize } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { getConsultationEdition } from "@/lib/submissions/queries";

export const metadata: Metadata = { robots: { index: false } };

export default async function TopicPage({ params, searchParams }: PageProps<"/[locale]/consultation/[year]/discussions/[topicId]">) {
  const { locale: raw, year, topicId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const now = new Date();
  const user = await requireUser(locale, `/${locale}/consultation/${year}/discussions/${topicId}`);
  const edition = /^\d{4}$/.test(year) ? await getConsultationEdition(Number(year)) : null;
  const topic = edition ? await getTopicThread(edition.id, topicId, user.id, now) : null;
  if (!edition || !topic) notFound();
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "Discussions" }), getTranslations({ locale, namespace: "Common" })]);
  const open = isTopicOpen(topic, now);
  const reported = (await searchParams).notice === "reported";
  return (
    <section className="flex flex-col gap-5">
      <p className="text-sm">
        <Link href={`/consultation/${edition.year}/discussions`} className="text-un-blue-dark underline">
          {t("allTopics")}
        </Link>
      </p>
      <LocalizedText as="h1" className="text-3xl font-bold" value={localize(topic.title, locale)} locale={locale} fallbackLabel={tc("englishFallback")} />
      <LocalizedText as="p" className="whitespace-pre-wrap" value={localize(topic.description, locale)} locale={locale} fallbackLabel={tc("englishFallback")} />
      {reported && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t("reportedNotice")}
        </p>
      )}
      <h2 className="text-xl font-semibold">{t("posts")}</h2>
      <DiscussionThread threads={topic.threads} locale={locale} year={edition.year} topicId={topic.id} open={open} />
      {open ? (
        <section aria-labelledby="new-post" className="flex flex-col gap-2">
          <h2 id="new-post" className="text-xl font-semibold">
            {t("newPost")}
          </h2>
          <TextPostForm
            action={createPostAction.bind(null, locale, edition.year, topic.id)}
            id="body"
            label={t("yourPost")}
            hint={t("plainText")}
            submitLabel={t("publish")}
          />
        </section>
      ) : (
        <p>{t("topicClosed")}</p>
      )}
    </section>
  );
}
