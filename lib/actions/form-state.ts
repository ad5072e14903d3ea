import type { ErrorCode } from "./errors";

/**
 * What a server action returns to its form. Codes and message keys cross the boundary, already
 * translated by the action (it knows the locale), so the client only displays them.
 */
export type FormState<F extends string = string> =
  | { status: "idle"; values?: Partial<Record<F, string | string[]>> }
  | { status: "success"; message?: string; values?: Partial<Record<F, string | string[]>> }
  | {
      status: "error";
      code: ErrorCode;
      /** a translated sentence for the top of the form */
      message: string;
      /** translated messages per field */
      fieldErrors?: Partial<Record<F, string[]>>;
      /** what the user typed, echoed back: React resets uncontrolled fields after an action */
      values?: Partial<Record<F, string | string[]>>;
    };

export const idle: FormState = { status: "idle" };
