import { notFound } from "next/navigation";
import { agendaMetadata, PublicAgenda } from "@/components/agenda/public-agenda";
import { filtersFromSegment } from "@/lib/agenda/filters";

// The agenda with filters: /[locale]/forums/[year]/agenda?day=…&track=… is served from here by
// proxy.ts, the filters in canonical order as one path segment, so each combination is its own
// cached page. Reached directly without a filter it is not a page.
type Props = PageProps<"/[locale]/forums/[year]/agenda-filtered/[filters]">;

export const generateMetadata = ({ params }: Props) => agendaMetadata(params);

export default async function FilteredAgendaPage({ params }: Props) {
  const filters = filtersFromSegment((await params).filters);
  if (!filters) notFound();
  return <PublicAgenda params={params} filters={filters} />;
}
