import { env } from "@/lib/env";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { meetingCalendar } from "@/lib/meetings/ics";
import { getMeetingForCalendar } from "@/lib/meetings/queries";

/** A consultation meeting as .ics (public: dates and place only, never connection details). */
export async function GET(request: Request, ctx: RouteContext<"/api/meetings/[id]/ics">) {
  const { id } = await ctx.params;
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : defaultLocale;
  const meeting = /^[a-z0-9]{10,40}$/i.test(id) ? await getMeetingForCalendar(id) : null;
  if (!meeting) return new Response("Not found", { status: 404 });
  const url = `${env().APP_URL}/${locale}/consultation/${meeting.edition.year}/meetings/${meeting.id}`;
  return new Response(meetingCalendar(meeting, locale, url), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="wsis-meeting-${meeting.id}.ics"` },
  });
}
