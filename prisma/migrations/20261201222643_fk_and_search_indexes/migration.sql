-- Foreign keys that queries follow had no index of their own; the review queue's search
-- (ILIKE '%q%' in lib/reviews/queries.ts) gets trigram indexes (pg_trgm, installed by init).
-- CreateIndex
CREATE INDEX "DiscussionPost_authorId_idx" ON "DiscussionPost"("authorId");

-- CreateIndex
CREATE INDEX "InternalNote_submissionId_idx" ON "InternalNote"("submissionId");

-- CreateIndex
CREATE INDEX "MeetingRegistration_userId_idx" ON "MeetingRegistration"("userId");

-- CreateIndex
CREATE INDEX "Organisation_name_trgm_idx" ON "Organisation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Review_reviewerId_idx" ON "Review"("reviewerId");

-- CreateIndex
CREATE INDEX "StoredFile_ownerId_idx" ON "StoredFile"("ownerId");

-- CreateIndex
CREATE INDEX "Submission_organisationId_idx" ON "Submission"("organisationId");

-- CreateIndex
CREATE INDEX "Submission_search_trgm_idx" ON "Submission" USING GIN ("reference" gin_trgm_ops, "title" gin_trgm_ops, "summary" gin_trgm_ops, "body" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_search_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops, "name" gin_trgm_ops);
