import { filterSessions, parseAgendaFilters } from "@/lib/agenda/filters";
import { agendaIcsResponse } from "@/lib/agenda/ics-response";

/** The whole published agenda as .ics, or the part the agenda's filters select (?day=2020-04-07 for a day). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/forums/[year]/agenda.ics">) {
  const p = await params;
  const filters = parseAgendaFilters(Object.fromEntries(new URL(request.url).searchParams));
  return agendaIcsResponse(p, (agenda) => ({
    sessions: filterSessions(agenda.sessions, filters, agenda.timeZone),
    filename: `wsis-forum-${p.year}-agenda${filters.day ? `-${filters.day}` : ""}.ics`,
  }));
}
