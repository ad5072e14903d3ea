import { z } from "zod";

/**
 * Bound-argument schemas most actions share (ids, edition years). A plain module, not
 * server-only: the pipeline re-exports it, and schema modules a client may load import it too.
 */
export const arg = {
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[\w-]+$/),
  /**
   * An edition's year: the four digits of the routes (`/consultation/<year>/…`). Any four-digit
   * year, as an edition year is a lookup key and editions are data (test editions use far-off years).
   */
  year: z.coerce.number().int().min(1000).max(9999),
};
