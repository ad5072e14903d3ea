import type { ReactNode } from "react";

export interface Bar {
  key: string;
  label: string;
  count: number;
}

/**
 * A chart as a table: each row has its label, its number, its share and a bar drawn with CSS
 * (decorative, hidden from screen readers, which read the numbers). Works without script, in
 * both directions (logical properties), and prints.
 */
export function BarChart({
  id,
  title,
  bars,
  labels,
}: {
  id: string;
  title: ReactNode;
  bars: Bar[];
  labels: { category: string; count: string; share: string };
}) {
  const total = bars.reduce((n, b) => n + b.count, 0);
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <figure aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <figcaption id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </figcaption>
      <table className="w-full max-w-3xl border-collapse text-sm">
        <thead>
          <tr className="border-b border-zinc-400">
            <th scope="col" className="p-1 text-start">
              {labels.category}
            </th>
            <th scope="col" className="p-1 text-end">
              {labels.count}
            </th>
            <th scope="col" className="p-1 text-end">
              {labels.share}
            </th>
            <th scope="col" className="w-1/2 p-1">
              <span className="sr-only">{title}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => {
            const share = total ? Math.round((b.count / total) * 100) : 0;
            return (
              <tr key={b.key} className="border-b border-zinc-200">
                <th scope="row" className="p-1 text-start font-normal">
                  {b.label}
                </th>
                <td className="p-1 text-end tabular-nums">{b.count}</td>
                <td className="p-1 text-end tabular-nums">{share}%</td>
                <td className="p-1" aria-hidden="true">
                  <div className="h-4 rounded-e bg-un-blue" style={{ width: `${(b.count / max) * 100}%`, minWidth: b.count ? "2px" : 0 }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
