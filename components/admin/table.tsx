export { TableHead } from "@/components/ui/table";

/** Previous/next links of a paged list, with "page x of y" between them. */
export function Pager({
  label,
  page,
  pages,
  href,
  previous,
  next,
  position,
}: {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  previous: string;
  next: string;
  position: string;
}) {
  return (
    <nav aria-label={label} className="flex gap-4">
      {page > 1 && (
        <a className="underline" href={href(page - 1)}>
          {previous}
        </a>
      )}
      <span>{position}</span>
      {page < pages && (
        <a className="underline" href={href(page + 1)}>
          {next}
        </a>
      )}
    </nav>
  );
}
