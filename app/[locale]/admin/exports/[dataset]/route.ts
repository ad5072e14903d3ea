import { authorizeSecretariatRequest } from "@/lib/auth/session";
import { isDatasetKey } from "@/lib/exports/datasets";
import { buildExport } from "@/lib/exports/service";
import { isLocale } from "@/lib/i18n/locales";

/** GET /{locale}/admin/exports/{dataset}?edition=2020&format=csv|xlsx[&passport=1], secretariat only (passport data only when asked for). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; dataset: string }> }) {
  const access = await authorizeSecretariatRequest();
  if ("status" in access) return new Response(null, { status: access.status });
  const { locale, dataset } = await params;
  const url = new URL(request.url);
  const year = Number(url.searchParams.get("edition"));
  const format = url.searchParams.get("format") ?? "csv";
  if (!isLocale(locale) || !isDatasetKey(dataset) || !Number.isInteger(year) || (format !== "csv" && format !== "xlsx")) {
    return new Response(null, { status: 404 });
  }
  const passport = url.searchParams.get("passport") === "1";
  const file = await buildExport({ actor: access.secretariat, key: dataset, year, format, locale, passport });
  if (!file) return new Response(null, { status: 404 });
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
