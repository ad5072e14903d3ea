import type { AdminField } from "./admin-form";

const inputClass = "rounded border border-zinc-500 bg-white px-3 py-2";

/** A GET form of filters: the URL keeps the filter, so it can be bookmarked and shared. */
export function FilterForm({ label, fields, submitLabel }: { label: string; fields: AdminField[]; submitLabel: string }) {
  return (
    <form method="get" role="search" aria-label={label} className="flex flex-wrap items-end gap-3 rounded border border-zinc-300 p-3">
      {fields.map((f) => {
        const id = `filter-${f.name}`;
        return (
          <div key={f.name} className="flex flex-col gap-1">
            {f.kind === "checkbox" ? (
              <label htmlFor={id} className="flex items-center gap-2">
                <input id={id} type="checkbox" name={f.name} defaultChecked={f.defaultChecked} />
                {f.label}
              </label>
            ) : (
              <label htmlFor={id} className="text-sm font-medium">
                {f.label}
              </label>
            )}
            {f.kind === "select" ? (
              <select id={id} name={f.name} defaultValue={f.defaultValue ?? ""} className={inputClass}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.kind === "checkbox" ? null : f.kind === "textarea" ? (
              <textarea id={id} name={f.name} defaultValue={f.defaultValue} className={inputClass} />
            ) : (
              <input
                id={id}
                name={f.name}
                type={f.kind}
                defaultValue={f.defaultValue}
                className={inputClass}
                aria-describedby={f.hint ? `${id}-hint` : undefined}
              />
            )}
            {f.hint && (
              <p id={`${id}-hint`} className="text-xs text-zinc-600">
                {f.hint}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" className="rounded bg-un-blue-dark px-4 py-2 font-semibold text-white">
        {submitLabel}
      </button>
    </form>
  );
}
