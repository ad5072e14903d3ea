// Shapes the invitation forms receive from their server actions (kept out of "use server" files).
import type { FormState } from "@/lib/actions/form-state";
import type { CsvRow } from "./csv-import";

export type ImportState = FormState & {
  preview?: { rows: CsvRow[]; valid: number; invalid: number; fileErrors: string[] };
};

export const invitationCommandNames = ["send", "resend", "revoke", "markBounced"] as const;
export type InvitationCommandName = (typeof invitationCommandNames)[number];
