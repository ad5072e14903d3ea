import { beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";
import { createConsultationEdition, createOrganisation, createStakeholder, grantExtension } from "../../factories/consultation";
import { formInput, outcomeOf, payloadFor, withConsultationDatabase } from "./support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const load = async () => ({
  ...(await import("@/lib/submissions/service/save-submission")),
  ...(await import("@/lib/submissions/service/withdraw-submission")),
  ...(await import("@/lib/submissions/queries")),
});

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const DAY = 86_400_000;

// Winter opening, closing at the end of 31 March 2030 — the night clocks go forward in Geneva
// (CET -> CEST), so the exclusive close is 22:00 UTC, not 23:00.
const opensAt = genevaTime(2030, 2, 1, 9, 0);
const closesAt = endOfGenevaDay(2030, 3, 31);

describe.each(["CONTRIBUTION", "WORKSHOP_REQUEST", "FACILITATOR_NOMINATION"] as const)("%s window boundaries", (kind) => {
  let editionYear: number;
  let editionId: string;
  beforeAll(async () => {
    const edition = await createConsultationEdition(db, { [kind]: [opensAt, closesAt] });
    editionYear = edition.year;
    editionId = edition.id;
  });

  const submitAt = async (now: Date, userId?: string) => {
    const { saveSubmission } = await load();
    const user = userId ?? (await createStakeholder(db)).id;
    return outcomeOf(saveSubmission({ userId: user, kind, target: { year: editionYear }, intent: "submit", payload: payloadFor(kind), now }));
  };

  test("the close falls at Geneva midnight across the change to summer time", () => {
    expect(closesAt.toISOString()).toBe("2030-03-31T22:00:00.000Z");
  });

  test("refused 1 ms before opening, accepted at opening", async () => {
    expect(await submitAt(ms(opensAt, -1))).toBe("NOT_OPEN_YET");
    expect(await submitAt(opensAt)).toBe("ok");
  });

  test("accepted 1 ms before closing, refused at and 1 ms after closing", async () => {
    expect(await submitAt(ms(closesAt, -1))).toBe("ok");
    expect(await submitAt(closesAt)).toBe("DEADLINE_PASSED");
    expect(await submitAt(ms(closesAt, 1))).toBe("DEADLINE_PASSED");
    expect(await submitAt(new Date("2030-03-31T22:30:00.000Z"))).toBe("DEADLINE_PASSED");
  });

  test("a user's extension keeps the window open for them only, up to (excluding) its instant", async () => {
    const extended = ms(closesAt, 2 * DAY);
    const lucky = await createStakeholder(db);
    await grantExtension(db, { editionId, kind, closesAt: extended, userId: lucky.id });

    expect(await submitAt(ms(closesAt, 1), lucky.id)).toBe("ok");
    expect(await submitAt(ms(closesAt, 1))).toBe("DEADLINE_PASSED");
    expect(await submitAt(ms(extended, -1), lucky.id)).toBe("ok");
    expect(await submitAt(extended, lucky.id)).toBe("DEADLINE_PASSED");
  });

  test("an organisation's extension applies to its members", async () => {
    const org = await createOrganisation(db);
    const member = await createStakeholder(db, { organisationId: org.id });
    await grantExtension(db, { editionId, kind, closesAt: ms(closesAt, DAY), organisationId: org.id });

    expect(await submitAt(ms(closesAt, 1000), member.id)).toBe("ok");
  });
});

describe("drafts, submit, edit, withdraw", () => {
  test("a draft is saved without mail; submitting mails the author in their language; withdrawing mails again", async () => {
    const { saveSubmission, withdrawSubmission } = await load();
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [opensAt, closesAt] });
    const author = await createStakeholder(db, { language: "fr" });
    const now = ms(opensAt, DAY);

    const draft = await saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "draft",
      payload: payloadFor("CONTRIBUTION", { summary: "", body: "" }, "draft"),
      now,
    });
    expect(draft).toMatchObject({ status: "DRAFT", outcome: "saved" });
    expect(await db.outboxMessage.count({ where: { to: author.email } })).toBe(0);

    const submitted = await saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { submissionId: draft.id },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION"),
      now: ms(now, 1000),
    });
    expect(submitted).toMatchObject({ id: draft.id, status: "SUBMITTED", outcome: "submitted" });
    const row = await db.submission.findUniqueOrThrow({ where: { id: draft.id }, include: { actionLines: true, sdgs: true } });
    expect(row.reference).toMatch(new RegExp(`^WSIS${edition.year}-C-\\d{4}$`));
    expect(row.submittedAt).toEqual(ms(now, 1000));
    expect(row.actionLines.map((a) => a.code).sort()).toEqual(["C2", "C7"]);
    const mails = await db.outboxMessage.findMany({ where: { to: author.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ language: "fr", template: "submission.submitted" });
    expect(mails[0]!.subject).toContain(row.reference);
    expect(mails[0]!.subject).toMatch(/reçue|reçu/);

    const edited = await saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { submissionId: draft.id },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title: "A better title" }),
      now: ms(now, 2000),
    });
    expect(edited).toMatchObject({ status: "SUBMITTED", outcome: "saved" });
    expect(await db.outboxMessage.count({ where: { to: author.email } })).toBe(1);

    await withdrawSubmission({ userId: author.id, submissionId: draft.id, now: ms(now, 3000) });
    expect(await db.submission.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "WITHDRAWN", withdrawnAt: ms(now, 3000) });
    expect(await db.outboxMessage.count({ where: { to: author.email, template: "submission.withdrawn" } })).toBe(1);
    const audit = await db.auditEntry.findMany({
      where: { entityType: "Submission", entityId: draft.id },
      orderBy: { id: "asc" },
      select: { actorId: true, action: true, data: true },
    });
    // saving a draft and editing a submitted item are not state changes; submitting and withdrawing are
    expect(audit).toEqual([
      { actorId: author.id, action: "submission.submitted", data: { kind: "CONTRIBUTION", from: "DRAFT", submittedAt: ms(now, 1000).toISOString() } },
      { actorId: author.id, action: "submission.withdrawn", data: { kind: "CONTRIBUTION", from: "SUBMITTED", withdrawnAt: ms(now, 3000).toISOString() } },
    ]);
  });

  test("a submit or withdrawal refused by its deadline leaves no audit entry", async () => {
    const { saveSubmission, withdrawSubmission } = await load();
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [opensAt, closesAt] });
    const author = await createStakeholder(db);
    const draft = await saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "draft",
      payload: payloadFor("CONTRIBUTION", {}, "draft"),
      now: ms(opensAt, DAY),
    });

    expect(
      await outcomeOf(
        saveSubmission({
          userId: author.id,
          kind: "CONTRIBUTION",
          target: { submissionId: draft.id },
          intent: "submit",
          payload: payloadFor("CONTRIBUTION"),
          now: closesAt,
        }),
      ),
    ).toBe("DEADLINE_PASSED");
    expect(await outcomeOf(withdrawSubmission({ userId: author.id, submissionId: draft.id, now: closesAt }))).toBe("DEADLINE_PASSED");

    expect(await db.auditEntry.count({ where: { entityId: draft.id } })).toBe(0);
  });

  test("after the deadline a submitted item can be neither edited nor withdrawn", async () => {
    const { saveSubmission, withdrawSubmission } = await load();
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [opensAt, closesAt] });
    const author = await createStakeholder(db);
    const s = await saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION"),
      now: opensAt,
    });

    expect(
      await outcomeOf(
        saveSubmission({
          userId: author.id,
          kind: "CONTRIBUTION",
          target: { submissionId: s.id },
          intent: "submit",
          payload: payloadFor("CONTRIBUTION"),
          now: closesAt,
        }),
      ),
    ).toBe("DEADLINE_PASSED");
    expect(await outcomeOf(withdrawSubmission({ userId: author.id, submissionId: s.id, now: closesAt }))).toBe("DEADLINE_PASSED");
    expect((await db.submission.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("SUBMITTED");
  });

  test("a workshop stores its organisers and speakers and when the binding commitment was confirmed", async () => {
    const { saveSubmission } = await load();
    const edition = await createConsultationEdition(db, { WORKSHOP_REQUEST: [opensAt, closesAt] });
    const author = await createStakeholder(db);
    const payload = payloadFor("WORKSHOP_REQUEST", {
      "speakers[s1].name": "Speaker Two",
      "speakers[s1].organisationName": "Org Two",
      "speakers[s1].gender": "MALE",
      "speakers[s1].stakeholderTypeCode": "ACADEMIA",
      "speakers[s1].attendance": "REMOTE",
      "speakers[s4].name": "Speaker Three",
      "speakers[s4].organisationName": "Org Three",
      "speakers[s4].gender": "FEMALE",
      "speakers[s4].stakeholderTypeCode": "PRIVATE_SECTOR",
      "speakers[s4].attendance": "ON_SITE",
    });

    const s = await saveSubmission({ userId: author.id, kind: "WORKSHOP_REQUEST", target: { year: edition.year }, intent: "submit", payload, now: opensAt });

    const row = await db.submission.findUniqueOrThrow({ where: { id: s.id }, include: { participants: { orderBy: [{ role: "asc" }, { position: "asc" }] } } });
    expect(row.bindingConfirmedAt).toEqual(opensAt);
    expect(row.participants.map((p) => [p.role, p.name, p.gender])).toEqual([
      ["LEAD_ORGANISER", "Lead Person", null],
      ["SPEAKER", "Speaker One", "FEMALE"],
      ["SPEAKER", "Speaker Two", "MALE"],
      ["SPEAKER", "Speaker Three", "FEMALE"],
    ]);
  });

  test("a workshop's preferred day must be a day of the Forum", async () => {
    const { saveSubmission } = await load();
    const edition = await createConsultationEdition(db, { WORKSHOP_REQUEST: [opensAt, closesAt] });
    const author = await createStakeholder(db);
    const at = (day: string) =>
      outcomeOf(
        saveSubmission({
          userId: author.id,
          kind: "WORKSHOP_REQUEST",
          target: { year: edition.year },
          intent: "submit",
          payload: payloadFor("WORKSHOP_REQUEST", { preferredDay: day }),
          now: opensAt,
        }),
      );

    expect(await at("2030-06-09")).toBe("VALIDATION");
    expect(await at("2030-06-14")).toBe("VALIDATION");
    expect(await at("2030-06-10")).toBe("ok");
    expect(await at("2030-06-13")).toBe("ok");
  });

  test("a workshop cannot be submitted without the binding confirmation (the schema refuses it)", async () => {
    const { workshopSchema } = await import("@/lib/submissions/kinds/workshop");
    const result = workshopSchema("submit").safeParse(
      formInput({
        title: "A workshop",
        body: "x",
        format: "PANEL",
        durationMinutes: "60",
        language: "en",
        actionLines: "C1",
        "speakers[a].name": "A",
        "speakers[a].organisationName": "B",
        "speakers[a].gender": "MALE",
        "speakers[a].stakeholderTypeCode": "ACADEMIA",
        "speakers[a].attendance": "REMOTE",
        "lead.name": "L",
        "lead.organisationName": "O",
        "lead.stakeholderTypeCode": "ACADEMIA",
      }),
    );

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["bindingConfirmed", "bindingRequired"]]);
    const empty = workshopSchema("submit").safeParse(formInput({ title: "A workshop", body: "x", format: "PANEL", durationMinutes: "60", language: "en" }));
    expect(empty.error?.issues.map((i) => [i.path.join("."), i.message]).sort()).toEqual([
      ["actionLines", "actionLinesRequired"],
      ["bindingConfirmed", "bindingRequired"],
      ["lead", "leadRequired"],
      ["speakers", "speakersRequired"],
    ]);
  });

  test("one nominee once per edition: one person is one e-mail address, whatever the name and the case; the refusal names the nomination", async () => {
    const { saveSubmission } = await load();
    const edition = await createConsultationEdition(db, { FACILITATOR_NOMINATION: [opensAt, closesAt] });
    const [a, b] = [await createStakeholder(db), await createStakeholder(db)];
    const nominee = { nomineeName: "Dr Grace Mutua", nomineeEmail: "grace.mutua@example.org" };
    const nominate = (userId: string, overrides: Record<string, string>) =>
      saveSubmission({
        userId,
        kind: "FACILITATOR_NOMINATION",
        target: { year: edition.year },
        intent: "submit",
        payload: payloadFor("FACILITATOR_NOMINATION", { ...nominee, ...overrides }),
        now: opensAt,
      });

    const first = await nominate(a.id, {});
    const { reference } = await db.submission.findUniqueOrThrow({ where: { id: first.id }, select: { reference: true } });
    const refusal = await nominate(b.id, { nomineeName: "Grace W. Mutua", nomineeEmail: " Grace.MUTUA@Example.org" }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { nomineeEmail: [{ key: "alreadyNominatedAs", values: { email: "grace.mutua@example.org", name: "Dr Grace Mutua", reference } }] },
      detail: { key: "alreadyNominatedAs" },
    });
    expect(await outcomeOf(nominate(a.id, { nomineeName: "G. Mutua" }))).toBe("CONFLICT");
    expect(await nominate(a.id, { nomineeName: "G. Mutua" }).catch((e: { detail: unknown }) => e.detail)).toMatchObject({ key: "alreadyNominatedByYou" });
    expect(await db.submission.count({ where: { editionId: edition.id, status: "SUBMITTED" } })).toBe(1);
  });
});

describe("a user cannot see or change another user's drafts", () => {
  test("another user's draft with confidential text is invisible and unchangeable", async () => {
    const { saveSubmission, withdrawSubmission, getOwnSubmission, listOwnSubmissions } = await load();
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [opensAt, closesAt] });
    const owner = await createStakeholder(db);
    const other = await createStakeholder(db);
    const secret = "CONFIDENTIAL draft text that must not leak";
    const draft = await saveSubmission({
      userId: owner.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "draft",
      payload: payloadFor("CONTRIBUTION", { body: secret }, "draft"),
      now: opensAt,
    });

    expect(await getOwnSubmission(other.id, draft.id, opensAt)).toBeNull();
    expect((await listOwnSubmissions(other.id)).map((s) => s.id)).not.toContain(draft.id);
    expect(
      await outcomeOf(
        saveSubmission({
          userId: other.id,
          kind: "CONTRIBUTION",
          target: { submissionId: draft.id },
          intent: "submit",
          payload: payloadFor("CONTRIBUTION", { body: "hijacked" }),
          now: opensAt,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await outcomeOf(withdrawSubmission({ userId: other.id, submissionId: draft.id, now: opensAt }))).toBe("NOT_FOUND");

    const row = await db.submission.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "DRAFT", body: secret, authorId: owner.id });
    expect((await getOwnSubmission(owner.id, draft.id, opensAt))?.body).toBe(secret);
  });

  test("a kind cannot be changed by posting another kind's form to an id", async () => {
    const { saveSubmission } = await load();
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [opensAt, closesAt], WORKSHOP_REQUEST: [opensAt, closesAt] });
    const owner = await createStakeholder(db);
    const draft = await saveSubmission({
      userId: owner.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "draft",
      payload: payloadFor("CONTRIBUTION", {}, "draft"),
      now: opensAt,
    });

    expect(
      await outcomeOf(
        saveSubmission({
          userId: owner.id,
          kind: "WORKSHOP_REQUEST",
          target: { submissionId: draft.id },
          intent: "draft",
          payload: payloadFor("WORKSHOP_REQUEST", {}, "draft"),
          now: opensAt,
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("duplicate warning", () => {
  test("a close title from the same organisation is kept as a draft and warned about until confirmed", async () => {
    const { saveSubmission, getOwnSubmission } = await load();
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [opensAt, closesAt], WORKSHOP_REQUEST: [opensAt, closesAt] });
    const org = await createOrganisation(db);
    const [first, colleague] = [await createStakeholder(db, { organisationId: org.id }), await createStakeholder(db, { organisationId: org.id })];
    const outsider = await createStakeholder(db);
    const title = "Bridging the digital divide in rural Africa";
    const existing = await saveSubmission({
      userId: first.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title }),
      now: opensAt,
    });

    const warned = await saveSubmission({
      userId: colleague.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title: "Bridging the Digital Divide in rural Africa!" }),
      now: opensAt,
    });
    expect(warned).toMatchObject({ status: "DRAFT", outcome: "duplicates" });
    expect(warned.duplicates.map((d) => d.id)).toEqual([existing.id]);
    expect(await db.outboxMessage.count({ where: { to: colleague.email } })).toBe(0);
    expect((await getOwnSubmission(colleague.id, warned.id, opensAt))?.duplicates.map((d) => d.reference)).toHaveLength(1);

    const confirmed = await saveSubmission({
      userId: colleague.id,
      kind: "CONTRIBUTION",
      target: { submissionId: warned.id },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title: "Bridging the Digital Divide in rural Africa!" }),
      confirmDuplicates: true,
      now: opensAt,
    });
    expect(confirmed).toMatchObject({ status: "SUBMITTED", outcome: "submitted" });

    const otherOrg = await saveSubmission({
      userId: outsider.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title }),
      now: opensAt,
    });
    expect(otherOrg.outcome).toBe("submitted");
    const otherKind = await saveSubmission({
      userId: colleague.id,
      kind: "WORKSHOP_REQUEST",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("WORKSHOP_REQUEST", { title }),
      now: opensAt,
    });
    expect(otherKind.outcome).toBe("submitted");
    const different = await saveSubmission({
      userId: colleague.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title: "Cybersecurity capacity for small island States" }),
      now: opensAt,
    });
    expect(different.outcome).toBe("submitted");
  });

  test("a resubmission after revisions is not held back by a colleague's similar title; a new draft still is, with the list to confirm against", async () => {
    const { saveSubmission, getOwnSubmission } = await load();
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [opensAt, closesAt] });
    const org = await createOrganisation(db);
    const [author, colleague] = [await createStakeholder(db, { organisationId: org.id }), await createStakeholder(db, { organisationId: org.id })];
    const mine = await saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title: "Open data for smart agriculture" }),
      now: opensAt,
    });
    const theirs = await saveSubmission({
      userId: colleague.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title: "Open data for smart agriculture in Kenya" }),
      confirmDuplicates: true,
      now: opensAt,
    });
    expect(theirs.outcome).toBe("submitted");
    await db.submission.update({ where: { id: mine.id }, data: { status: "REVISIONS_REQUESTED", revisionDueAt: ms(closesAt, 10 * DAY) } });

    const after = ms(closesAt, DAY);
    const resubmitted = await saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { submissionId: mine.id },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title: "Open data for smart agriculture (revised)" }),
      now: after,
    });
    expect(resubmitted).toMatchObject({ status: "SUBMITTED", outcome: "submitted", duplicates: [] });
    expect(await db.auditEntry.count({ where: { entityId: mine.id, action: "submission.submitted" } })).toBe(2);

    const draft = await saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "submit",
      payload: payloadFor("CONTRIBUTION", { title: "Open data for smart agriculture in Kenya" }),
      now: opensAt,
    });
    expect(draft).toMatchObject({ status: "DRAFT", outcome: "duplicates" });
    const shown = await getOwnSubmission(author.id, draft.id, opensAt);
    expect(shown?.duplicates.map((d) => d.id).sort()).toEqual([mine.id, theirs.id].sort());
  });
});
