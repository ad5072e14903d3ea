import "server-only";
import type { Tx } from "@/lib/db";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { submissionKinds } from "../kinds";

/**
 * The next printable reference of a kind in an edition (WSIS2017-C-0042). A transaction-scoped
 * advisory lock per edition and kind makes concurrent submissions take distinct numbers.
 */
export async function nextReference(tx: Tx, edition: { id: string; year: number }, kind: SubmissionKind): Promise<string> {
  const prefix = `WSIS${edition.year}-${submissionKinds[kind].letter}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${prefix}))`;
  const last = await tx.submission.findFirst({
    where: { editionId: edition.id, reference: { startsWith: prefix } },
    orderBy: { reference: "desc" },
    select: { reference: true },
  });
  const n = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}
