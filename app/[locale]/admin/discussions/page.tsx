import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostBody } from "@/components/consultation/post-body";
import { TopicForm } from "@/components/consultation/topic-form";
import { CommandButton } from "@/components/forms/command-button";
import { requireSecretariat } from "@/lib/auth/session";
import { closeTopicAction, hidePostAction, openTopicAction } from "@/lib/discussions/actions";
import { listAllTopics, listOpenReports } from "@/lib/discussions/queries";
import { getCurrentEdition, listPublishedEditions } from "@/lib/forums/queries";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { formatGenevaDateTime } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

const NOTICES = ["opened", "hidden", "closed"] as const;

export default async function AdminDiscussionsPage({ params, searchParams }: PageProps<"/[locale]/admin/discussions">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/discussions`);
  const [t, editions, current, topics, reports] = await Promise.all([
    getTranslations({ locale, namespace: "ConsultationAdmin" }),
    listPublishedEditions(),
    getCurrentEdition(),
    listAllTopics(secretariat),
    listOpenReports(secretariat),
  ]);
  const noticeParam = (await searchParams).notice;
  const notice = NOTICES.find((n) => n === noticeParam);
  return (
    <ClientMessages namespaces={["ConsultationAdmin"]}>
      <section className="flex flex-col gap-8">
        <h1 className="text-3xl font-bold">{t("discussionsTitle")}</h1>
        {notice && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {t(`discussionNotice.${notice}`)}
          </p>
        )}
        <section aria-labelledby="reports-title" className="flex flex-col gap-3">
          <h2 id="reports-title" className="text-xl font-semibold">
            {t("reports")}
          </h2>
          {reports.length === 0 && <p>{t("noReports")}</p>}
          <ul className="flex flex-col gap-3">
            {reports.map((r) => (
              <li key={r.id} className="flex flex-col gap-2 rounded border border-zinc-300 p-3">
                <p className="text-sm">
                  {t("reportLine", {
                    topic: localizeText(r.post.topic.title, locale),
                    year: r.post.topic.edition.year,
                    reporter: r.reporter.email,
                    author: r.post.author.email,
                    when: formatGenevaDateTime(r.createdAt, locale),
                  })}
                </p>
                <p className="text-sm font-medium">
                  {t("reason")}: <span dir="auto">{r.reason}</span>
                </p>
                <blockquote className="border-s-4 border-zinc-300 ps-3">
                  <PostBody body={r.post.body} />
                </blockquote>
                {!r.post.hiddenAt && (
                  <CommandButton danger className="flex flex-col gap-1" action={hidePostAction.bind(null, locale, r.post.id)} label={t("hidePost")} />
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="topics-title" className="flex flex-col gap-3">
          <h2 id="topics-title" className="text-xl font-semibold">
            {t("topics")}
          </h2>
          <ul className="flex flex-col gap-2">
            {topics.map((topic) => (
              <li key={topic.id} className="flex flex-wrap items-center gap-3 rounded border border-zinc-300 p-3">
                <span className="font-medium">{localizeText(topic.title, locale)}</span>
                <span className="text-sm">
                  {topic.edition.year} · {t("postCount", { count: topic._count.posts })}
                  {topic.closedAt ? ` · ${t("topicClosed")}` : ""}
                </span>
                {!topic.closedAt && (
                  <CommandButton danger className="flex flex-col gap-1" action={closeTopicAction.bind(null, locale, topic.id)} label={t("closeTopic")} />
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="new-topic-title" className="flex flex-col gap-3">
          <h2 id="new-topic-title" className="text-xl font-semibold">
            {t("newTopic")}
          </h2>
          <TopicForm
            action={openTopicAction.bind(null, locale)}
            editions={editions.map((e) => ({ value: String(e.year), label: String(e.year) }))}
            defaultYear={String(current?.year ?? "")}
          />
        </section>
      </section>
    </ClientMessages>
  );
}
