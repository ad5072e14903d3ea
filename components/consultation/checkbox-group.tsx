import type { Option } from "./select-field";

/** A group of checkboxes with one name (posted as a list), a legend and its error. */
export function CheckboxGroup({ name, legend, options, selected, errors, columns = 2 }: {
  name: string;
  legend: string;
  options: Option[];
  selected: string[];
  errors?: string[];
  columns?: 1 | 2 | 3;
}) {
  const cols = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`${name}-error`}>
      <legend className="font-medium">{legend}</legend>
      <div className={`grid grid-cols-1 gap-x-4 gap-y-1 ${cols}`}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="mt-1" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <p id={`${name}-error`} aria-live="polite" className="text-sm text-red-700">{errors?.join(" ")}</p>
    </fieldset>
  );
}
