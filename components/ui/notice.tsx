import type { ReactNode } from "react";

const tones = {
  success: "border-green-300 bg-green-50 text-green-900",
  // a warning is not a success: amber, with dark text (contrast above 10:1 on amber-50)
  warning: "border-amber-500 bg-amber-50 text-amber-950",
} as const;

/** A notice after an action, announced politely: "Saved." (success) or "look at the similar submissions" (warning). */
export function Notice({ tone = "success", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <p role="status" data-tone={tone} className={`rounded border px-3 py-2 ${tones[tone]}`}>
      {tone === "warning" && (
        <span aria-hidden="true" className="me-2 font-bold">
          !
        </span>
      )}
      {children}
    </p>
  );
}
