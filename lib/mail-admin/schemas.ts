import { z } from "zod";
import { OutboxStatus } from "@/lib/generated/prisma/enums";

export const outboxFilterSchema = z.object({
  status: z.enum(OutboxStatus).optional().catch(undefined),
  to: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type OutboxFilter = z.infer<typeof outboxFilterSchema>;

export const reminderKinds = ["invitations", "drafts"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const sendRemindersSchema = z.object({
  /** the round: a recipient gets at most one reminder of a kind per round (the dedupe key) */
  round: z
    .string()
    .trim()
    .min(1, "required")
    .max(40, "tooLong")
    .regex(/^[\w.-]+$/, "invalid"),
  confirmed: z.literal("1", "required"),
});

export const resendSchema = z.object({});
