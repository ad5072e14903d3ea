import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/errors";
import { getSubmissionForReview, listReviewQueue } from "@/lib/reviews/queries";
import { bulkDecisionSchema, decisionSchema, queueFilterSchema } from "@/lib/reviews/schemas";
import { addInternalNote, assignReviewer, decide, decideMany, scoreSubmission } from "@/lib/reviews/service";
import { createEdition, createUser } from "../../factories/core";
import { createConsultationEdition, createStakeholder, ensureReferenceData } from "../../factories/consultation";
import { payloadFor } from "../consultation/support";
import { createSubmission } from "../../factories/reviews";
import { asSecretariat } from "../../helpers/secretariat";
import type { Secretariat } from "@/lib/auth/session";

afterAll(() => db.$disconnect());

const now = new Date();
const staff = async (): Promise<Secretariat> => asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
const inputOf = (v: Record<string, string>) => decisionSchema.parse(v);
const futureInput = () => {
  const d = new Date(now.getTime() + 7 * 86_400_000);
  return d.toISOString().slice(0, 16); // read as Geneva time: still in the future
};

describe("decisions", () => {
  test("requesting revisions sets the due date, records the decision and mails the submitter in their language", async () => {
    const actor = await staff();
    const edition = await createEdition(db);
    const author = await createStakeholder(db, { language: "ar" });
    const s = await createSubmission(db, { editionId: edition.id, authorId: author.id, title: "مساهمة" });

    const result = await decide({
      actor,
      submissionId: s.id,
      input: inputOf({ outcome: "REQUEST_REVISIONS", revisionDueAt: futureInput(), message: "يرجى توضيح الفقرة الثانية" }),
      now,
    });

    expect(result.status).toBe("REVISIONS_REQUESTED");
    const row = await db.submission.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.revisionDueAt!.getTime()).toBeGreaterThan(now.getTime());
    const decision = await db.decision.findFirstOrThrow({ where: { submissionId: s.id } });
    expect(decision).toMatchObject({ outcome: "REQUEST_REVISIONS", decidedById: actor.id, messageToSubmitter: "يرجى توضيح الفقرة الثانية" });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: author.email } });
    expect(mail.language).toBe("ar");
    expect(mail.text).toContain("يرجى توضيح الفقرة الثانية");
    expect(mail.template).toBe("submission.revisions_requested");
    expect(await db.auditEntry.count({ where: { entityId: s.id, action: "submission.decided", actorId: actor.id } })).toBe(1);

    const { getOwnSubmission } = await import("@/lib/submissions/queries");
    const own = await getOwnSubmission(author.id, s.id, now);
    expect(own?.revisionRequest).toEqual({ message: "يرجى توضيح الفقرة الثانية", requestedAt: now, dueAt: row.revisionDueAt });
    expect(own).not.toHaveProperty("decisions.0");
  });

  test("a second decision on the same submission is refused (the first one won)", async () => {
    const [a, b] = await Promise.all([staff(), staff()]);
    const edition = await createEdition(db);
    const author = await createStakeholder(db);
    const s = await createSubmission(db, { editionId: edition.id, authorId: author.id });

    const results = await Promise.allSettled([
      decide({ actor: a, submissionId: s.id, input: inputOf({ outcome: "ACCEPT" }), now }),
      decide({ actor: b, submissionId: s.id, input: inputOf({ outcome: "DECLINE" }), now }),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: new DomainError("INVALID_STATE") });
    expect(await db.decision.count({ where: { submissionId: s.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: author.email } })).toBe(1);
  });

  test("revisions due in the past, and a merge into another kind or into itself, are refused", async () => {
    const actor = await staff();
    const edition = await createEdition(db);
    const author = await createStakeholder(db);
    const w = await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "WORKSHOP_REQUEST" });
    const c = await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "CONTRIBUTION" });

    await expect(
      decide({ actor, submissionId: w.id, input: inputOf({ outcome: "REQUEST_REVISIONS", revisionDueAt: "2001-01-01T10:00" }), now }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { revisionDueAt: ["revisionDueInPast"] } });
    await expect(decide({ actor, submissionId: w.id, input: inputOf({ outcome: "MERGE", target: c.reference }), now })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { target: ["targetInvalid"] },
    });
    await expect(decide({ actor, submissionId: w.id, input: inputOf({ outcome: "MERGE", target: w.reference }), now })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect((await db.submission.findUniqueOrThrow({ where: { id: w.id } })).status).toBe("SUBMITTED");
    expect(decisionSchema.safeParse({ outcome: "MERGE" }).success).toBe(false);
  });

  test("two workshops are merged: the merged one points to the one kept", async () => {
    const actor = await staff();
    const edition = await createEdition(db);
    const author = await createStakeholder(db, { language: "fr" });
    const keep = await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "WORKSHOP_REQUEST" });
    const merged = await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "WORKSHOP_REQUEST" });

    await decide({ actor, submissionId: merged.id, input: inputOf({ outcome: "MERGE", target: keep.reference }), now });

    expect(await db.submission.findUniqueOrThrow({ where: { id: merged.id } })).toMatchObject({ status: "MERGED", mergedIntoId: keep.id });
    expect((await db.submission.findUniqueOrThrow({ where: { id: keep.id } })).status).toBe("SUBMITTED");
    expect((await db.outboxMessage.findFirstOrThrow({ where: { to: author.email, template: "submission.merged" } })).language).toBe("fr");
  });

  test("a bulk decision decides what waits and skips the rest", async () => {
    const actor = await staff();
    const edition = await createEdition(db);
    const author = await createStakeholder(db);
    const a = await createSubmission(db, { editionId: edition.id, authorId: author.id });
    const b = await createSubmission(db, { editionId: edition.id, authorId: author.id, status: "UNDER_REVIEW" });
    const withdrawn = await createSubmission(db, { editionId: edition.id, authorId: author.id, status: "WITHDRAWN" });

    const result = await decideMany({ actor, input: bulkDecisionSchema.parse({ ids: [a.id, b.id, withdrawn.id], outcome: "DECLINE", confirmed: "1" }), now });

    expect(result).toEqual({ decided: 2, skipped: 1 });
    expect(
      (await db.submission.findMany({ where: { id: { in: [a.id, b.id, withdrawn.id] } }, orderBy: { status: "asc" } })).map((s) => s.status).sort(),
    ).toEqual(["DECLINED", "DECLINED", "WITHDRAWN"]);
    expect(bulkDecisionSchema.safeParse({ ids: [a.id], outcome: "DECLINE" }).success).toBe(false);
  });
});

describe("review work", () => {
  test("scoring and assigning start the review; notes stay internal", async () => {
    const [actor, other] = await Promise.all([staff(), staff()]);
    const edition = await createEdition(db);
    const author = await createStakeholder(db);
    const s = await createSubmission(db, { editionId: edition.id, authorId: author.id });

    await scoreSubmission({
      actor,
      submissionId: s.id,
      input: { relevance: 5, stakeholderBalance: 4, geographicDiversity: 3, genderBalance: null, developingCountries: 2, comment: "solid" },
      now,
    });
    await assignReviewer({ actor, submissionId: s.id, reviewerId: other.id });
    await addInternalNote({ actor, submissionId: s.id, body: "Check with the C4 facilitator" });

    expect((await db.submission.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("UNDER_REVIEW");
    expect(await db.review.findFirstOrThrow({ where: { submissionId: s.id, reviewerId: actor.id } })).toMatchObject({
      relevance: 5,
      genderBalance: null,
      comment: "solid",
    });
    expect(await db.review.count({ where: { submissionId: s.id } })).toBe(2);
    expect(await db.outboxMessage.count({ where: { to: author.email } })).toBe(0);
    await expect(assignReviewer({ actor, submissionId: s.id, reviewerId: author.id })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(assignReviewer({ actor, submissionId: s.id, reviewerId: other.id })).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("review queue", () => {
  test("filters by kind, language, region, Action Line and SDG, and finds Arabic text", async () => {
    const edition = await createEdition(db);
    const author = await createStakeholder(db);
    const hit = await createSubmission(db, {
      editionId: edition.id,
      authorId: author.id,
      title: "الشمول الرقمي للنساء",
      language: "ar",
      countryCode: "EG",
      actionLines: ["C4"],
      sdgs: [5],
    });
    await createSubmission(db, {
      editionId: edition.id,
      authorId: author.id,
      title: "Digital inclusion",
      language: "en",
      countryCode: "CH",
      actionLines: ["C3"],
      sdgs: [4],
    });
    await createSubmission(db, { editionId: edition.id, authorId: author.id, title: "الشمول الرقمي مسودة", language: "ar", status: "DRAFT" });

    const secretariat = await staff();
    const q = (v: Record<string, string>) => listReviewQueue(secretariat, edition.id, queueFilterSchema.parse(v), "en").then((r) => r.rows.map((x) => x.id));

    expect(await q({ q: "الرقمي" })).toEqual([hit.id]);
    expect(await q({ language: "ar" })).toEqual([hit.id]);
    expect(await q({ region: "africa" })).toEqual([hit.id]);
    expect(await q({ actionLine: "C4", sdg: "5" })).toEqual([hit.id]);
    expect(await q({})).toHaveLength(2);
    expect(await q({ status: "DRAFT" })).toHaveLength(2); // not a filter choice: ignored, drafts stay hidden
  });
});

describe("the review page's data", () => {
  test("shows everything a workshop's and a nomination's submitters gave, named in the reviewer's language", async () => {
    await ensureReferenceData(db);
    const actor = await staff();
    const { saveSubmission } = await import("@/lib/submissions/service/save-submission");
    const at = new Date(Date.UTC(2031, 1, 1, 9));
    const edition = await createConsultationEdition(db, {
      WORKSHOP_REQUEST: [at, new Date(at.getTime() + 30 * 86_400_000)],
      FACILITATOR_NOMINATION: [at, new Date(at.getTime() + 30 * 86_400_000)],
    });
    const author = await createStakeholder(db);
    const workshop = await saveSubmission({
      userId: author.id,
      kind: "WORKSHOP_REQUEST",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("WORKSHOP_REQUEST", { format: "ROUNDTABLE", durationMinutes: "90", sdgs: ["9"] }),
      now: at,
    });
    const nomination = await saveSubmission({
      userId: author.id,
      kind: "FACILITATOR_NOMINATION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("FACILITATOR_NOMINATION", {
        nomineeEmail: "nominee.review@example.org",
        nomineeOrganisation: "University of Nairobi",
        stakeholderTypeCode: "ACADEMIA",
      }),
      now: at,
    });

    const w = await getSubmissionForReview(actor, workshop.id, "fr");
    expect(w?.details).toMatchObject({ format: "ROUNDTABLE", durationMinutes: 90 });
    expect(w?.bindingConfirmedAt).toEqual(at);
    expect(w?.sdgs).toEqual([{ number: 9, title: expect.stringMatching(/^Industrie, innovation et infrastructure/) }]);
    expect(w?.participants.map((p) => [p.role, p.name, p.stakeholderType, p.country, p.gender, p.attendance])).toEqual([
      ["LEAD_ORGANISER", "Lead Person", "Société civile", "Kenya", null, null],
      ["SPEAKER", "Speaker One", "Gouvernements", null, "FEMALE", "ON_SITE"],
    ]);
    const n = await getSubmissionForReview(actor, nomination.id, "fr");
    expect(n?.details).toMatchObject({
      nomineeEmail: "nominee.review@example.org",
      nomineeOrganisation: "University of Nairobi",
      stakeholderTypeCode: "ACADEMIA",
    });
    expect(n?.detailNames.stakeholderType).toBe("Milieux universitaires");
  });
});
