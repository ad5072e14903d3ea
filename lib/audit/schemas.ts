import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .pipe(z.iso.date().optional());

/** The audit log viewer's filters, read from the query string (all optional). */
export const auditFilterSchema = z.object({
  action: optionalText,
  actor: optionalText,
  entityType: optionalText,
  entityId: optionalText,
  /** Geneva calendar days, inclusive */
  from: optionalDay,
  to: optionalDay,
  /** keyset pagination: entries older than this id */
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional()
    .catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
