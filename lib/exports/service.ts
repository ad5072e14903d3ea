import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { mailTranslator } from "@/lib/email/render";
import type { Locale } from "@/lib/i18n/locales";
import { toCsv } from "./csv";
import { loadDataset, passportDatasets, type DatasetKey } from "./datasets";
import { toXlsx } from "./xlsx";

export type ExportFormat = "csv" | "xlsx";

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

/** One dataset of one edition as a file, headers in the secretariat's language, the download audited. */
export async function buildExport({
  actor,
  key,
  year,
  format,
  locale,
  passport = false,
}: {
  actor: Secretariat;
  key: DatasetKey;
  year: number;
  format: ExportFormat;
  locale: Locale;
  passport?: boolean;
}): Promise<ExportFile | null> {
  // passport data leaves only when asked for, and only with the datasets that hold it
  const withPassport = passport && passportDatasets.includes(key);
  const edition = await db.forumEdition.findUnique({ where: { year }, select: { id: true } });
  if (!edition) return null;
  // personal data leaving the portal: who took which file is kept
  await recordAuditEvent(db, {
    actorId: actor.id,
    action: "export.downloaded",
    entity: { type: "ForumEdition", id: edition.id },
    data: { dataset: key, format, ...(withPassport ? { passport: true } : {}) },
  });
  const [table, t] = await Promise.all([loadDataset(actor, key, edition.id, locale, { passport: withPassport }), mailTranslator(locale)]);
  // a translator that needs no request: the same file comes out of a script or a test
  const headers = table.columns.map((c) => t(`AdminExportColumns.${c}` as Parameters<typeof t>[0]));
  const filename = `wsis-forum-${year}-${key}${withPassport ? "-with-passport-data" : ""}.${format}`;
  if (format === "csv") return { filename, contentType: "text/csv; charset=utf-8", body: toCsv(headers, table.rows) };
  return {
    filename,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await toXlsx(key, headers, table.rows, { rtl: locale === "ar" }),
  };
}
