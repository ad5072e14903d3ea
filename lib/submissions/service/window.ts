import "server-only";
import type { Tx } from "@/lib/db";
import type { DeadlineKind } from "@/lib/generated/prisma/enums";
import { effectiveWindow, type DeadlineWindow, type Party } from "../policy";

/** The party's window for one kind of deadline of an edition, read in the caller's transaction (null: none). */
export async function loadWindow(tx: Tx, editionId: string, kind: DeadlineKind, party: Party): Promise<DeadlineWindow | null> {
  const deadline = await tx.deadline.findUnique({
    where: { editionId_kind: { editionId, kind } },
    select: {
      opensAt: true,
      closesAt: true,
      modificationClosesAt: true,
      extensions: {
        where: { OR: [{ userId: party.userId }, ...(party.organisationId ? [{ organisationId: party.organisationId }] : [])] },
        select: { userId: true, organisationId: true, closesAt: true },
      },
    },
  });
  return deadline ? effectiveWindow(deadline, deadline.extensions, party) : null;
}

/** The party of a user: themselves and their organisation (extensions may be granted to either). */
export async function partyOf(tx: Tx, userId: string): Promise<Party> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { organisationId: true } });
  return { userId, organisationId: user.organisationId };
}

const kindLetter = { CONTRIBUTION: "C", WORKSHOP_REQUEST: "W", FACILITATOR_NOMINATION: "N", REGIONAL_INPUT: "R" } as const;

/**
 * The next printable reference of a kind in an edition (WSIS2017-C-0042). A transaction-scoped
 * advisory lock per edition and kind makes concurrent submissions take distinct numbers.
 */
export async function nextReference(tx: Tx, edition: { id: string; year: number }, kind: keyof typeof kindLetter): Promise<string> {
  const prefix = `WSIS${edition.year}-${kindLetter[kind]}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${prefix}))`;
  const last = await tx.submission.findFirst({
    where: { editionId: edition.id, reference: { startsWith: prefix } },
    orderBy: { reference: "desc" },
    select: { reference: true },
  });
  const n = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}
