import { agendaMetadata, PublicAgenda } from "@/components/agenda/public-agenda";

// The agenda without filters; with filters, next.config.ts's rewrites serve ../agenda-filtered/[filters].
type Props = PageProps<"/[locale]/forums/[year]/agenda">;

export const generateMetadata = ({ params }: Props) => agendaMetadata(params);

export default function AgendaPage({ params }: Props) {
  return <PublicAgenda params={params} filters={{}} />;
}
