"use client";

import { useState } from "react";
import { useFormKit } from "./form";

let counter = 0;
const newKey = () => `n${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export type Row<T> = T & { key: string };

/**
 * The repeated rows of a form (delegation members, speakers). Each row has a stable key that
 * is part of its fields' names (`members[<key>].email`): the server reads the rows in order,
 * and its errors come back named by key, so an error stays under its row when a row before it
 * is removed or left empty. Rows come from what the user sent when the page is rendered again
 * without JavaScript, else from the stored rows.
 */
export function useRows<T extends Record<string, string>>(group: string, stored: T[], blank: () => T, { min = 0 } = {}) {
  const { values } = useFormKit();
  const [rows, setRows] = useState<Row<T>[]>(() => {
    const sent = values ? rowsFromValues<T>(group, values, blank) : [];
    const initial = sent.length ? sent : stored.map((row, i) => ({ ...row, key: `s${i}` }));
    // keys of the first render are the same on the server and in the browser (hydration)
    while (initial.length < min) initial.push({ ...blank(), key: `b${initial.length}` });
    return initial;
  });
  return {
    rows,
    /** the form name of a row's field */
    nameOf: (row: Row<T>, field: keyof T & string) => `${group}[${row.key}].${field}`,
    add: () => setRows((list) => [...list, { ...blank(), key: newKey() }]),
    remove: (key: string) => setRows((list) => list.filter((row) => row.key !== key)),
    update: (key: string, field: keyof T & string, value: string) => setRows((list) => list.map((row) => (row.key === key ? { ...row, [field]: value } : row))),
  };
}

function rowsFromValues<T extends Record<string, string>>(group: string, values: Record<string, unknown>, blank: () => T): Row<T>[] {
  const pattern = new RegExp(`^${group}\\[([\\w-]+)\\]\\.(\\w+)$`);
  const byKey = new Map<string, Row<T>>();
  for (const [name, value] of Object.entries(values)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const [, key, field] = match;
    if (!byKey.has(key)) byKey.set(key, { ...blank(), key });
    (byKey.get(key) as Record<string, string>)[field] = typeof value === "string" ? value : "";
  }
  return [...byKey.values()];
}
