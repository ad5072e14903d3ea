-- One nominee is one e-mail address, case-folded. The key of "one nomination per person and
-- edition" (Submission_editionId_nomineeKey_key) was the folded name AND the address, so the same
-- person written another way ("Dr Grace Mutua", "Grace MUTUA") could be nominated twice.
-- Existing keys become the address alone (trimmed, lower case, as lib/submissions/kinds/nomination.ts
-- writes them). Where two held keys of an edition now share an address, the nomination submitted
-- first keeps it; the later ones stay as they are (submitted, visible in the review queue) without
-- the key, for the secretariat to mark as duplicates.
-- (Old keys all hold "name|address", new ones the address alone, so no row's new key can meet
-- another row's old one while the statement runs.)
WITH rekey AS (
  SELECT id,
         lower(btrim(details->>'nomineeEmail')) AS key,
         row_number() OVER (
           PARTITION BY "editionId", lower(btrim(details->>'nomineeEmail'))
           ORDER BY "submittedAt" NULLS LAST, "createdAt", id
         ) AS n
  FROM "Submission"
  WHERE "nomineeKey" IS NOT NULL
)
UPDATE "Submission" s
SET "nomineeKey" = CASE WHEN r.n = 1 AND coalesce(r.key, '') <> '' THEN r.key END
FROM rekey r
WHERE s.id = r.id;
