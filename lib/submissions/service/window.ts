import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { submissionKinds } from "../kinds";

/**
 * Takes the next printable reference of a kind in an edition (WSIS2017-C-0042) from its counter
 * (ReferenceCounter), in one statement: concurrent callers get distinct numbers, each waiting only
 * for that statement. Outside a transaction (`client` left to the default) the number is taken
 * before the submission's own transaction, which then never waits for another submission's
 * commit (the deadline rush, bench/deadline-rush.ts); a save that fails afterwards leaves a gap,
 * as a sequence would. The first number of a prefix follows the highest reference already stored
 * (rows written before the counter existed, or by the seed).
 */
export async function takeReference(year: number, kind: SubmissionKind, client: Tx | typeof db = db): Promise<string> {
  const prefix = `WSIS${year}-${submissionKinds[kind].letter}-`;
  const [{ last }] = await client.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReferenceCounter" (prefix, last)
    VALUES (
      ${prefix},
      COALESCE(
        (SELECT substring(reference FROM ${prefix.length + 1}::int)::int FROM "Submission"
          WHERE reference LIKE ${`${prefix}%`} ORDER BY reference DESC LIMIT 1),
        0
      ) + 1
    )
    ON CONFLICT (prefix) DO UPDATE SET last = GREATEST("ReferenceCounter".last + 1, EXCLUDED.last)
    RETURNING last`;
  return `${prefix}${String(last).padStart(4, "0")}`;
}
