import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { LIVE_STATUSES, TITLE_SIMILARITY_THRESHOLD } from "../policy";

export interface DuplicateCandidate {
  id: string;
  reference: string;
  title: string;
  organisationName: string | null;
  score: number;
}

/**
 * Live submissions of the same edition and kind, from the same organisation, whose folded title
 * is close to `normalizedTitle` (pg_trgm similarity), closest first. Drafts and withdrawn items
 * are not compared; `excludeId` leaves out the submission being checked.
 */
export async function findDuplicateSubmissions(
  client: Tx | typeof db,
  args: { editionId: string; kind: SubmissionKind; normalizedTitle: string; organisationId: string | null; excludeId?: string },
): Promise<DuplicateCandidate[]> {
  if (!args.organisationId || !args.normalizedTitle) return [];
  return client.$queryRaw<DuplicateCandidate[]>`
    SELECT s.id, s.reference, s.title, o.name AS "organisationName",
           similarity(s."normalizedTitle", ${args.normalizedTitle})::float8 AS score
      FROM "Submission" s
      LEFT JOIN "Organisation" o ON o.id = s."organisationId"
     WHERE s."editionId" = ${args.editionId}
       AND s.kind = ${args.kind}::"SubmissionKind"
       AND s.status::text = ANY(${LIVE_STATUSES}::text[])
       AND s."organisationId" = ${args.organisationId}
       AND s.id <> ${args.excludeId ?? ""}
       AND similarity(s."normalizedTitle", ${args.normalizedTitle}) >= ${TITLE_SIMILARITY_THRESHOLD}
     ORDER BY score DESC
     LIMIT 5`;
}
