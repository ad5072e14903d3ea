import type { MessageRef } from "./form-state";

/**
 * The expected failures of a domain service. Services throw them; server actions turn them into
 * a FormState the form shows in the user's language (messages "Errors.<code>").
 *
 * - VALIDATION: input that passed the schema breaks a rule only the service can check
 * - UNAUTHENTICATED: no signed-in user
 * - FORBIDDEN: signed in, but not allowed (secretariat-only actions)
 * - NOT_FOUND: no such row, or one the caller may not see (never tell which)
 * - DEADLINE_PASSED: the window closed (checked on the server, in the transaction, Geneva time)
 * - NOT_OPEN_YET: the window has not opened
 * - INVALID_STATE: the row is not in a state that allows this (e.g. withdrawn)
 * - CONFLICT: a "one per" rule (a unique key) refused a second row
 * - RATE_LIMITED: too many attempts from this caller
 * - QUOTA_EXCEEDED: the account already holds as many drafts or stored files (count or bytes) as
 *   it may (lib/submissions/quota.ts, lib/uploads/quota.ts)
 * - BUSY: the database could not take the write in time (every pooled connection busy, the
 *   transaction outlived its time, the server unreachable): nothing was written, the user sends
 *   the form again (see `isOverload`)
 */
export const errorCodes = [
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "DEADLINE_PASSED",
  "NOT_OPEN_YET",
  "INVALID_STATE",
  "CONFLICT",
  "RATE_LIMITED",
  "QUOTA_EXCEEDED",
  "BUSY",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** field errors as message keys (see lib/actions/translate.ts), when the failure belongs to a field */
    readonly fieldErrors?: Record<string, MessageRef[]>,
    /** a more precise sentence than the code's own (e.g. what exists already, and where) */
    readonly detail?: MessageRef,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

/** Prisma's unique-constraint violation, mapped to CONFLICT by callers. */
export const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";

/**
 * Errors that mean "the database could not take this now", not "this is wrong". Prisma's: a
 * transaction that could not start in time or outlived its time (P2028), no pooled connection in
 * time (P2024), the server unreachable or the connection lost (P1001, P1002, P1017). PostgreSQL's
 * (SQLSTATE, passed through by the pg driver): a transaction ended for idling too long (25P03),
 * the server shutting down or restarting (57P01–57P03), a broken connection (08000, 08003,
 * 08006). And the pg client's own, without a code, once its connection has been cut. In every
 * case the transaction rolled back as a whole, so nothing was written and the same request can
 * simply be sent again.
 */
const overloadCodes = new Set(["P2028", "P2024", "P1001", "P1002", "P1017", "25P03", "57P01", "57P02", "57P03", "08000", "08003", "08006"]);
const lostConnection = /^(Client has encountered a connection error and is not queryable|Connection terminated)/;
export function isOverload(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ("code" in error && overloadCodes.has(String((error as { code: unknown }).code))) return true;
  return error instanceof Error && lostConnection.test(error.message);
}
