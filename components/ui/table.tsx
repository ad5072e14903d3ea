import type { ReactNode } from "react";

/** A column header: its label, and `end` for figures (aligned to the end, mirrored in Arabic). */
export type Column = ReactNode | { label: ReactNode; end: true };

const isEnd = (c: Column): c is { label: ReactNode; end: true } => typeof c === "object" && c !== null && "end" in c;

/** The header row of a data table: one column header per label. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr className="border-b border-zinc-400">
        {columns.map((c, i) => (
          <th key={i} scope="col" className={`p-2 ${isEnd(c) ? "text-end" : "text-start"}`}>
            {isEnd(c) ? c.label : c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A data table that scrolls sideways on narrow screens; the scrolling region takes keyboard
 * focus so it can be scrolled without a mouse. `children` are the body rows.
 */
export function ScrollTable({ columns, caption, children }: { columns: Column[]; caption?: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full border-collapse text-sm">
        {caption && <caption className="text-start font-semibold">{caption}</caption>}
        <TableHead columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
