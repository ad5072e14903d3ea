-- The review queue searches reference, title, summary and body as one text (lib/reviews/queries.ts):
-- one trigram index on that expression is one index scan, where the four-column index needed four
-- (a BitmapOr the planner costed above reading the whole edition). The fields are joined by the
-- unit separator (U+001F), which no search contains, so a match never spans two fields.
-- Prisma's schema cannot declare an expression index; its schema describer skips them.
DROP INDEX "Submission_search_trgm_idx";

CREATE INDEX "Submission_search_trgm_idx" ON "Submission" USING GIN ((reference || E'\x1f' || title || E'\x1f' || summary || E'\x1f' || body) gin_trgm_ops);
