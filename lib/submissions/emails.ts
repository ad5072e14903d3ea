import "server-only";
import type { Tx } from "@/lib/db";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { enqueueMail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

/**
 * Mails the submitter, in their preferred language, that their submission is now in `status`
 * (submitted, withdrawn, or any reviewer decision). Inside the caller's transaction: the mail
 * exists only if the change commits; one mail per submission, status and instant.
 */
export async function enqueueSubmissionStatusMail(tx: Tx, submissionId: string, status: SubmissionStatus, at: Date, message?: string | null) {
  const s = await tx.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      id: true,
      reference: true,
      title: true,
      kind: true,
      edition: { select: { year: true } },
      author: { select: { email: true, name: true, preferredLanguage: true } },
    },
  });
  const locale = s.author.preferredLanguage;
  const t = await mailTranslator(locale);
  const url = `${env().APP_URL}/${locale}/consultation/submissions/${s.id}`;
  const kind = t(`ConsultationMail.kind.${s.kind}`);
  const subject = t("ConsultationMail.statusSubject", { kind, reference: s.reference, status });
  const text = [
    t("ConsultationMail.greeting", { name: s.author.name ?? "" }),
    t("ConsultationMail.statusBody", { kind, title: s.title, reference: s.reference, year: s.edition.year, status }),
    message ? `${t("ConsultationMail.messageFromSecretariat")}\n${message}` : null,
    t("ConsultationMail.viewAt", { url }),
    t("ConsultationMail.signature"),
  ]
    .filter(Boolean)
    .join("\n\n");
  await enqueueMail(tx, {
    to: s.author.email,
    language: locale,
    template: `submission.${status.toLowerCase()}`,
    subject,
    text,
    html: htmlFromText(text, locale),
    dedupeKey: `submission:${s.id}:${status}:${at.toISOString()}`,
  });
}
