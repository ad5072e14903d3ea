"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="self-start rounded border border-zinc-500 bg-white px-4 py-2 font-semibold print:hidden">
      {label}
    </button>
  );
}
