import { createTranslator } from "next-intl";
import { defaultLocale, directionOf, isLocale, type Locale } from "@/lib/i18n/locales";
import ar from "@/lib/i18n/messages/core.ar.json";
import en from "@/lib/i18n/messages/core.en.json";
import es from "@/lib/i18n/messages/core.es.json";
import fr from "@/lib/i18n/messages/core.fr.json";
import ru from "@/lib/i18n/messages/core.ru.json";
import zh from "@/lib/i18n/messages/core.zh.json";
import { MAX_REQUEST_BYTES } from "./request-limits";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request must be refused before anything reads its body: 413 when it declares a body
 * above MAX_REQUEST_BYTES, 403 when a browser says it comes from another site (its Origin is not
 * the host it was sent to, the rule Next applies to server actions). Without these, Next answers
 * both with a bare 500. A request without an Origin header passes, as it does in Next: browsers
 * send one with every cross-site POST, and a hand-made request carries no one else's cookies.
 */
export function requestRefusal(request: Pick<Request, "method" | "headers">): 403 | 413 | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(length) || length > MAX_REQUEST_BYTES) return 413;
  const origin = request.headers.get("origin");
  if (origin !== null && !isSameHost(origin, request.headers)) return 403;
  return null;
}

function isSameHost(origin: string, headers: Headers): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, some redirects) or garbage
  }
  if (!originHost) return false;
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return originHost === (forwarded || headers.get("host"));
}

const messages: Record<Locale, typeof en> = { ar, zh, en, fr, ru, es };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The answer to a refused request, in the language of its path. A server action called from
 * script gets the sentence as text/plain (Next's client throws it into the error page); a form
 * posted without JavaScript gets a small page with a way back to the form.
 */
export function refusalResponse(request: Request, status: 403 | 413): Response {
  const url = new URL(request.url);
  const first = url.pathname.split("/")[1];
  const locale: Locale = isLocale(first) ? first : defaultLocale;
  const t = createTranslator({ locale, messages: messages[locale], namespace: "RequestRefused" });
  const key = status === 413 ? "tooLarge" : "foreign";
  const title = t(`${key}Title`);
  const body = t(`${key}Body`, { limit: MAX_REQUEST_BYTES / 1024 / 1024 });
  const headers = { "cache-control": "no-store", connection: "close" };
  if (request.headers.has("next-action") || !request.headers.get("accept")?.includes("text/html")) {
    return new Response(`${title}. ${body}`, { status, headers: { ...headers, "content-type": "text/plain" } });
  }
  const html = `<!DOCTYPE html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url.pathname)}">${escapeHtml(t("back"))}</a></p></main></body>
</html>`;
  return new Response(html, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}

/** For route handlers and the proxy: the refusal response, or null to go on. */
export function refuseUnsafeRequest(request: Request): Response | null {
  const status = requestRefusal(request);
  return status === null ? null : refusalResponse(request, status);
}
