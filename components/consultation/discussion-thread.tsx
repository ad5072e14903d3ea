import { getTranslations } from "next-intl/server";
import { editPostAction, reportPostAction, createPostAction } from "@/lib/discussions/actions";
import type { PostView } from "@/lib/discussions/queries";
import type { Locale } from "@/lib/i18n/locales";
import { formatGenevaDateTime } from "@/lib/time/format";
import { PostBody } from "./post-body";
import { TextPostForm } from "./post-forms";

type T = Awaited<ReturnType<typeof getTranslations<"Discussions">>>;

/**
 * One post and its replies. The body is user text rendered as a React text node: markup in it
 * is shown as typed, never interpreted (no dangerouslySetInnerHTML anywhere in discussions).
 */
function Post({
  post,
  locale,
  year,
  topicId,
  open,
  t,
  depth,
}: {
  post: PostView;
  locale: Locale;
  year: number;
  topicId: string;
  open: boolean;
  t: T;
  depth: number;
}) {
  return (
    <li id={`post-${post.id}`} className="flex flex-col gap-2">
      <article aria-labelledby={`post-${post.id}-by`} className="rounded border border-zinc-300 p-3">
        <p id={`post-${post.id}-by`} className="text-sm text-zinc-700">
          <span className="font-semibold text-zinc-900">{post.authorName || t("anonymous")}</span>
          {post.organisationName && <>, {post.organisationName}</>} · {formatGenevaDateTime(post.createdAt, locale)}
          {post.editedAt && <> · {t("edited")}</>}
        </p>
        {post.hidden ? <p className="italic text-zinc-700">{t("hiddenPost")}</p> : <PostBody body={post.body} />}
        <div className="mt-2 flex flex-col gap-2 text-sm">
          {open && !post.hidden && depth < 6 && (
            <details>
              <summary className="cursor-pointer text-un-blue-dark underline">{t("reply")}</summary>
              <TextPostForm
                action={createPostAction.bind(null, locale, year, topicId)}
                id={`reply-${post.id}`}
                label={t("yourReply")}
                submitLabel={t("sendReply")}
                parentId={post.id}
              />
            </details>
          )}
          {post.canEdit && (
            <details>
              <summary className="cursor-pointer text-un-blue-dark underline">{t("edit")}</summary>
              <TextPostForm
                action={editPostAction.bind(null, locale, year, post.id)}
                id={`edit-${post.id}`}
                label={t("editLabel")}
                hint={t("editHint")}
                submitLabel={t("saveEdit")}
                defaultValue={post.body}
              />
            </details>
          )}
          {!post.mine && !post.hidden && !post.reported && (
            <details>
              <summary className="cursor-pointer text-un-blue-dark underline">{t("report")}</summary>
              <TextPostForm
                action={reportPostAction.bind(null, locale, year, post.id)}
                id={`report-${post.id}`}
                name="reason"
                label={t("reportReason")}
                submitLabel={t("sendReport")}
              />
            </details>
          )}
          {post.reported && <p>{t("youReported")}</p>}
        </div>
      </article>
      {post.replies.length > 0 && (
        <ul className="flex flex-col gap-2 border-s-2 border-zinc-200 ps-4" aria-label={t("repliesTo", { name: post.authorName || t("anonymous") })}>
          {post.replies.map((r) => (
            <Post key={r.id} post={r} locale={locale} year={year} topicId={topicId} open={open} t={t} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export async function DiscussionThread({
  threads,
  locale,
  year,
  topicId,
  open,
}: {
  threads: PostView[];
  locale: Locale;
  year: number;
  topicId: string;
  open: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "Discussions" });
  if (!threads.length) return <p>{t("noPosts")}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {threads.map((p) => (
        <Post key={p.id} post={p} locale={locale} year={year} topicId={topicId} open={open} t={t} depth={0} />
      ))}
    </ul>
  );
}
