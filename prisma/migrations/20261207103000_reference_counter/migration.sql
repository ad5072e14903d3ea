-- The last printable number taken per reference prefix (WSIS2027-C-): new submissions take their
-- number in a statement of their own, before their transaction, instead of holding an advisory
-- lock to the commit. No backfill: the first number taken for a prefix starts after the highest
-- reference already stored.
CREATE TABLE "ReferenceCounter" (
    "prefix" TEXT NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("prefix")
);
