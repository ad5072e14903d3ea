import { getTranslations } from "next-intl/server";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import type { Locale } from "@/lib/i18n/locales";
import type { SubmissionForReview } from "@/lib/reviews/queries";
import { WORKSHOP_FORMATS } from "@/lib/submissions/kinds/workshop";
import { formatCalendarDay, formatGenevaDateTime } from "@/lib/time/format";

const text = (v: string | number | null | undefined) => (v === null || v === undefined || v === "" ? null : String(v));
const calendarDay = (iso: string, locale: Locale) => formatCalendarDay(new Date(`${iso}T00:00:00Z`), locale);

/** One row of a description list, left out when it has nothing to show. */
function Row({ term, children, dir }: { term: string; children: React.ReactNode; dir?: "ltr" | "auto" }) {
  if (children === null || children === undefined || children === false) return null;
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd dir={dir}>{children}</dd>
    </>
  );
}

/**
 * Everything the submitter gave beyond the title and text, labelled in the reviewer's language:
 * the kind's own details (a workshop's format, duration, preferred day and binding confirmation;
 * a nominee's e-mail, organisation and group; an event's date, region and organiser), the
 * attachment (a download, audited), and the organisers and speakers with every field they gave.
 */
export async function ReviewDetails({ s, locale }: { s: SubmissionForReview; locale: Locale }) {
  const [t, tw, label] = await Promise.all([
    getTranslations({ locale, namespace: "AdminReview" }),
    getTranslations({ locale, namespace: "WorkshopForm" }),
    enumLabeller(locale),
  ]);
  const d = s.details;
  const format = WORKSHOP_FORMATS.find((f) => f === d.format);
  const minutes = typeof d.durationMinutes === "number" ? d.durationMinutes : null;
  return (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <Row term={t("language")}>{label("Language", s.language)}</Row>
        <Row term={t("topic")}>{s.topic && label("ContributionTopic", s.topic)}</Row>
        {s.kind === "WORKSHOP_REQUEST" && (
          <>
            <Row term={t("format")}>{format && tw(`formats.${format}`)}</Row>
            <Row term={t("duration")}>{minutes && tw("minutes", { n: minutes })}</Row>
            <Row term={t("preferredDay")}>{text(d.preferredDay) ? calendarDay(String(d.preferredDay), locale) : t("noPreference")}</Row>
            <Row term={t("binding")}>
              {s.bindingConfirmedAt ? t("bindingConfirmedAt", { at: formatGenevaDateTime(s.bindingConfirmedAt, locale) }) : t("bindingMissing")}
            </Row>
          </>
        )}
        {s.kind === "FACILITATOR_NOMINATION" && (
          <>
            <Row term={t("nomineeEmail")} dir="ltr">
              {text(d.nomineeEmail) && (
                <a className="underline" href={`mailto:${d.nomineeEmail}`}>
                  {d.nomineeEmail}
                </a>
              )}
            </Row>
            <Row term={t("nomineeOrganisation")} dir="auto">
              {text(d.nomineeOrganisation)}
            </Row>
            <Row term={t("stakeholderGroup")}>{s.detailNames.stakeholderType ?? text(d.stakeholderTypeCode)}</Row>
          </>
        )}
        {s.kind === "REGIONAL_INPUT" && (
          <>
            <Row term={t("eventDate")}>{text(d.eventDate) && calendarDay(String(d.eventDate), locale)}</Row>
            <Row term={t("region")}>{s.detailNames.region ?? text(d.regionCode)}</Row>
            <Row term={t("eventOrganiser")} dir="auto">
              {text(d.organiserName)}
            </Row>
            <Row term={t("eventOrganiserEmail")} dir="ltr">
              {text(d.organiserEmail)}
            </Row>
          </>
        )}
        <Row term={t("attachment")}>
          {s.attachment ? (
            <>
              <a href={`/api/uploads/${s.attachment.id}`} download className="text-un-blue-dark underline" dir="auto">
                {s.attachment.filename}
              </a>{" "}
              <span>{t("fileSize", { kb: Math.ceil(s.attachment.size / 1024) })}</span>
            </>
          ) : (
            t("noAttachment")
          )}
        </Row>
      </dl>
      {s.participants.length > 0 && (
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-sm">
            <caption className="text-start font-semibold">{t("participants")}</caption>
            <thead>
              <tr className="border-b border-zinc-400">
                {[t("name"), t("role"), t("organisation"), t("stakeholderType"), t("country"), t("gender"), t("attendance")].map((c) => (
                  <th key={c} scope="col" className="p-1 text-start">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.participants.map((p) => (
                <tr key={p.id} className="border-b border-zinc-200">
                  <td className="p-1" dir="auto">
                    {p.name}
                  </td>
                  <td className="p-1">{label("ParticipantRole", p.role)}</td>
                  <td className="p-1" dir="auto">
                    {p.organisationName}
                  </td>
                  <td className="p-1">{p.stakeholderType}</td>
                  <td className="p-1">{p.country ?? "—"}</td>
                  <td className="p-1">{p.gender ? label("Gender", p.gender) : "—"}</td>
                  <td className="p-1">{p.attendance ? label("Attendance", p.attendance) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
