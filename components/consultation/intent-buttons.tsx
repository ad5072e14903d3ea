"use client";

import { useFormKit } from "@/components/forms/form";

const primary = "rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue disabled:opacity-60";
const secondary = "rounded border border-un-blue-dark px-4 py-2 font-semibold text-un-blue-dark hover:bg-sky-50 disabled:opacity-60";

/** The form's submit buttons; each posts its `intent` ("draft" or "submit"). */
export function IntentButtons({ buttons }: { buttons: { intent: "draft" | "submit"; label: string; primary?: boolean }[] }) {
  const { pending } = useFormKit();
  return (
    <div className="flex flex-wrap gap-3">
      {buttons.map((b) => (
        <button
          key={b.intent}
          type="submit"
          name="intent"
          value={b.intent}
          disabled={pending}
          aria-busy={pending || undefined}
          className={b.primary ? primary : secondary}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
