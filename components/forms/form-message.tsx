import type { FormState } from "@/lib/actions/form-state";

/** The form-level outcome: an alert for errors, a status line for success. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "error") {
    return <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{state.message}</p>;
  }
  if (state.status === "success" && state.message) {
    return <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">{state.message}</p>;
  }
  return null;
}
