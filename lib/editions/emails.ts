import "server-only";
import { env } from "@/lib/env";
import type { OutgoingMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { localizeText } from "@/lib/i18n/localized";
import { formatGenevaDateTime } from "@/lib/time/format";
import type { AffectedPerson } from "./affected";

/** "The date of <what> has moved from <before> to <after>", in the person's language. */
export async function dateMovedMail(
  person: AffectedPerson,
  change: { what: "phase" | "deadline"; label: unknown; deadlineKind?: string; year: number; before: Date; after: Date; indicative: boolean },
): Promise<Omit<OutgoingMail, "dedupeKey">> {
  const t = await mailTranslator(person.language);
  const what = change.what === "phase" ? localizeText(change.label, person.language) : t(`AdminMail.deadlineKind.${change.deadlineKind as "CONTRIBUTION"}`);
  const url = `${env().APP_URL}/${person.language}/forums/${change.year}/consultation`;
  const text = t("AdminMail.dateMoved.body", {
    name: person.name,
    what,
    year: change.year,
    before: formatGenevaDateTime(change.before, person.language),
    after: formatGenevaDateTime(change.after, person.language),
    indicative: change.indicative ? "yes" : "no",
    url,
  });
  return {
    to: person.email,
    language: person.language,
    template: "edition.date_moved",
    subject: t("AdminMail.dateMoved.subject", { what, year: change.year }),
    text,
    html: htmlFromText(text, person.language),
  };
}
