import { agendaIcsResponse } from "@/lib/agenda/ics-response";

/** One published session as .ics. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/forums/[year]/agenda/[slug]/calendar.ics">) {
  const p = await params;
  return agendaIcsResponse(p, (agenda) => {
    const session = agenda.sessions.find((s) => s.slug === p.slug);
    return session ? { sessions: [session], filename: `wsis-forum-${p.year}-${session.slug}.ics` } : null;
  });
}
