// Submissions in any state for the secretariat's tests (review, agenda, statistics, exports).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Gender, Language, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { ensureReferenceData } from "./consultation";

let n = 0;

export async function createSubmission(
  db: PrismaClient,
  args: {
    editionId: string;
    authorId: string;
    kind?: SubmissionKind;
    status?: SubmissionStatus;
    title?: string;
    body?: string;
    language?: Language;
    countryCode?: string | null;
    organisationId?: string | null;
    actionLines?: string[];
    sdgs?: number[];
    speakers?: { name: string; gender?: Gender; stakeholderTypeCode?: string }[];
  },
) {
  await ensureReferenceData(db);
  const kind = args.kind ?? "CONTRIBUTION";
  const title = args.title ?? `Submission ${++n}`;
  return db.submission.create({
    data: {
      reference: `T-${kind[0]}-${Date.now().toString(36)}-${++n}`,
      editionId: args.editionId,
      kind,
      status: args.status ?? "SUBMITTED",
      authorId: args.authorId,
      title,
      normalizedTitle: title.toLowerCase(),
      body: args.body ?? "",
      language: args.language ?? "en",
      countryCode: args.countryCode === undefined ? "KE" : args.countryCode,
      organisationId: args.organisationId ?? null,
      submittedAt: args.status === "DRAFT" ? null : new Date(),
      actionLines: { connect: (args.actionLines ?? []).map((code) => ({ code })) },
      sdgs: { connect: (args.sdgs ?? []).map((number) => ({ number })) },
      participants: {
        create: (args.speakers ?? []).map((s, i) => ({
          role: "SPEAKER" as const,
          position: i + 1,
          name: s.name,
          organisationName: "Org",
          stakeholderTypeCode: s.stakeholderTypeCode ?? "CIVIL_SOCIETY",
          gender: s.gender ?? null,
        })),
      },
    },
  });
}
