import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

export const inviteStaffSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("email")),
  name: z
    .string()
    .trim()
    .max(200, "tooLong")
    .optional()
    .transform((v) => v || undefined),
  language: z.enum(locales, "choice"),
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;

/** Destructive or mass actions need the confirmation step of the form (components/admin/admin-form.tsx). */
export const confirmedSchema = z.object({ confirmed: z.literal("1", "required") });
export const removeStaffSchema = confirmedSchema;
