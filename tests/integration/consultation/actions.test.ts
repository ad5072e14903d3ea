// The consultation's server actions with only the framework edges stubbed (cache, redirect,
// after, translations outside a request, the session): what a form gets back.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";
import { testDb } from "../../helpers/database";
import { createConsultationEdition, createStakeholder, ensureReferenceData } from "../../factories/consultation";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null; role: "STAKEHOLDER" } }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/server", () => ({ after: vi.fn() }));
vi.mock("next-intl/server", () => import("../../helpers/next-edges").then((m) => m.intlServer()));
vi.mock("next/navigation", () => import("../../helpers/next-edges").then((m) => m.navigation()));
vi.mock("@/lib/auth/session", () => import("../../helpers/next-edges").then((m) => m.sessionOf(session)));

let db: PrismaClient;
beforeAll(async () => {
  db = testDb();
  await ensureReferenceData(db);
});
afterAll(async () => {
  vi.useRealTimers();
  await db.$disconnect();
  const { db: appDb } = await import("@/lib/db");
  await appDb.$disconnect();
});

const form = (fields: Record<string, string | string[]>, file?: File) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) data.append(k, x);
  if (file) data.append("attachment", file);
  return data;
};
const contribution = {
  intent: "submit",
  topic: "FORMAT_INNOVATIONS",
  title: "Hybrid sessions for remote regions",
  summary: "Short.",
  body: "Long enough.",
  language: "fr",
  actionLines: ["C1", "C11"],
};
const redirectOf = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { url?: string }) => e.url ?? String(e),
  );

describe("contribution form actions", () => {
  test("open when the page loaded, closed on submit: a DEADLINE_PASSED message, everything typed echoed, nothing stored", async () => {
    const { saveContributionAction } = await import("@/lib/submissions/actions");
    const closesAt = endOfGenevaDay(2030, 3, 31);
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2030, 1, 1), closesAt] });
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(closesAt);

    const state = await saveContributionAction("en", { year: edition.year }, { status: "idle" }, form(contribution));

    vi.useRealTimers();
    expect(state).toMatchObject({
      status: "error",
      code: "DEADLINE_PASSED",
      values: { title: contribution.title, body: contribution.body, actionLines: ["C1", "C11"] },
    });
    expect(state.status === "error" && state.message).toMatch(/deadline has passed/);
    expect(await db.submission.count({ where: { editionId: edition.id } })).toBe(0);
  });

  test("a file with a fake extension comes back as a translated field error; a valid submission redirects with a notice", async () => {
    const { saveContributionAction } = await import("@/lib/submissions/actions");
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2020, 1, 1), endOfGenevaDay(2099, 12, 31)] });
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };

    const refused = await saveContributionAction(
      "en",
      { year: edition.year },
      { status: "idle" },
      form(contribution, new File(["MZ executable"], "paper.pdf", { type: "application/pdf" })),
    );
    expect(refused).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { attachment: [expect.stringMatching(/Only PDF and Word documents/)] } });
    expect(refused.values).not.toHaveProperty("attachment");

    // the file's content check comes with the other fields' errors, not one submit later
    const both = await saveContributionAction(
      "en",
      { year: edition.year },
      { status: "idle" },
      form({ ...contribution, title: "" }, new File(["MZ executable"], "paper.pdf", { type: "application/pdf" })),
    );
    expect(both.status === "error" && Object.keys(both.fieldErrors ?? {}).sort()).toEqual(["attachment", "title"]);

    const url = await redirectOf(saveContributionAction("en", { year: edition.year }, { status: "idle" }, form(contribution)));
    const saved = await db.submission.findFirstOrThrow({ where: { editionId: edition.id, authorId: user.id } });
    expect(url).toBe(`/en/consultation/submissions/${saved.id}?notice=submitted`);
    expect(saved).toMatchObject({ status: "SUBMITTED", language: "fr", topic: "FORMAT_INNOVATIONS" });
  });

  test("a Chinese body over the word limit is refused on that field with everything echoed; at the limit it is submitted", async () => {
    const { saveContributionAction } = await import("@/lib/submissions/actions");
    const { CONTRIBUTION_BODY_MAX_WORDS } = await import("@/lib/submissions/word-count");
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2020, 1, 1), endOfGenevaDay(2099, 12, 31)] });
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };
    // "信息" and "社会" are one word each: Chinese is written without spaces between words
    const chinese = { ...contribution, title: "农村社区的数字包容", language: "zh", summary: "数字包容。" };
    const over = "信息社会".repeat(CONTRIBUTION_BODY_MAX_WORDS / 2) + "信息";

    const refused = await saveContributionAction("zh", { year: edition.year }, { status: "idle" }, form({ ...chinese, body: over }));

    expect(refused).toMatchObject({ status: "error", code: "VALIDATION", values: { title: chinese.title, body: over } });
    expect(refused.status === "error" && refused.fieldErrors).toEqual({ body: ["此文本字数过多。"] });
    expect(await db.submission.count({ where: { editionId: edition.id } })).toBe(0);

    const url = await redirectOf(
      saveContributionAction("zh", { year: edition.year }, { status: "idle" }, form({ ...chinese, body: "信息社会".repeat(CONTRIBUTION_BODY_MAX_WORDS / 2) })),
    );

    const saved = await db.submission.findFirstOrThrow({ where: { editionId: edition.id, authorId: user.id } });
    expect(url).toBe(`/zh/consultation/submissions/${saved.id}?notice=submitted`);
    expect(saved.status).toBe("SUBMITTED");
  });

  test("a workshop submitted without the binding confirmation gets the consultation's own message on that field", async () => {
    const { saveWorkshopAction } = await import("@/lib/submissions/actions");
    const edition = await createConsultationEdition(db, { WORKSHOP_REQUEST: [genevaTime(2020, 1, 1), endOfGenevaDay(2099, 12, 31)] });
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };

    const state = await saveWorkshopAction(
      "en",
      { year: edition.year },
      { status: "idle" },
      form({ intent: "submit", title: "A workshop", body: "x", format: "PANEL", durationMinutes: "60", language: "en", actionLines: "C1" }),
    );

    expect(state).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: {
        bindingConfirmed: ["Please confirm that this request is binding on the organisers."],
        speakers: ["Add at least one speaker."],
        lead: ["Name the lead organiser."],
      },
    });
  });

  test("a speaker's error is named by its row's key: a blank row before it does not take it", async () => {
    const { saveWorkshopAction } = await import("@/lib/submissions/actions");
    const edition = await createConsultationEdition(db, { WORKSHOP_REQUEST: [genevaTime(2020, 1, 1), endOfGenevaDay(2099, 12, 31)] });
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };
    const speaker = (key: string, fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([f, v]) => [`speakers[${key}].${f}`, v]));

    const state = await saveWorkshopAction(
      "en",
      { year: edition.year },
      { status: "idle" },
      form({
        intent: "submit",
        title: "Open data for cities",
        body: "x",
        format: "PANEL",
        durationMinutes: "60",
        language: "en",
        actionLines: "C1",
        bindingConfirmed: "on",
        "lead.name": "Lead",
        "lead.organisationName": "Org",
        "lead.stakeholderTypeCode": "ACADEMIA",
        ...speaker("k1", { name: "Grace", organisationName: "KICTANet", gender: "FEMALE", stakeholderTypeCode: "CIVIL_SOCIETY", attendance: "ON_SITE" }),
        ...speaker("k2", { name: "", organisationName: "", gender: "", stakeholderTypeCode: "", attendance: "" }),
        ...speaker("k3", { name: "Ruth", organisationName: "", gender: "OTHER", stakeholderTypeCode: "ACADEMIA", attendance: "REMOTE" }),
      }),
    );

    expect(state).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(state.status === "error" && Object.keys(state.fieldErrors ?? {})).toEqual(["speakers[k3].organisationName"]);
    expect(state.values).toMatchObject({ "speakers[k3].name": "Ruth", "speakers[k3].gender": "OTHER", "speakers[k2].name": "" });
  });

  test("a withdrawal without its confirmation withdraws nothing; with it, the submission is withdrawn", async () => {
    const { saveContributionAction, withdrawSubmissionAction } = await import("@/lib/submissions/actions");
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2020, 1, 1), endOfGenevaDay(2099, 12, 31)] });
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };
    await redirectOf(saveContributionAction("en", { year: edition.year }, { status: "idle" }, form({ ...contribution, intent: "draft" })));
    const draft = await db.submission.findFirstOrThrow({ where: { authorId: user.id, editionId: edition.id } });

    for (const fields of [{}, { confirmed: "1" }, { acknowledged: "on" }] as Record<string, string>[]) {
      const state = await withdrawSubmissionAction("en", draft.id, { status: "idle" }, form(fields));
      expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { _form: [expect.stringMatching(/Confirm the withdrawal/)] } });
    }
    expect((await db.submission.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");

    const url = await redirectOf(withdrawSubmissionAction("en", draft.id, { status: "idle" }, form({ confirmed: "1", acknowledged: "on" })));
    expect(url).toBe(`/en/consultation/submissions/${draft.id}?notice=withdrawn`);
    expect((await db.submission.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("WITHDRAWN");
  });

  test("a signed-in user posting to another user's submission id gets NOT_FOUND, and the row is untouched", async () => {
    const { saveContributionAction } = await import("@/lib/submissions/actions");
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2020, 1, 1), endOfGenevaDay(2099, 12, 31)] });
    const [owner, other] = [await createStakeholder(db), await createStakeholder(db)];
    session.user = { id: owner.id, email: owner.email, name: null, role: "STAKEHOLDER" };
    await redirectOf(
      saveContributionAction("en", { year: edition.year }, { status: "idle" }, form({ ...contribution, intent: "draft", title: "Owner's private draft" })),
    );
    const draft = await db.submission.findFirstOrThrow({ where: { authorId: owner.id, editionId: edition.id } });

    session.user = { id: other.id, email: other.email, name: null, role: "STAKEHOLDER" };
    const state = await saveContributionAction("en", { submissionId: draft.id }, { status: "idle" }, form({ ...contribution, title: "Taken over" }));

    expect(state).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await db.submission.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ title: "Owner's private draft", status: "DRAFT" });
  });
});

describe("profile form: where it goes next", () => {
  test.each([
    ["/\t/evil.example", "/en/consultation?notice=profileSaved"],
    ["//evil.example", "/en/consultation?notice=profileSaved"],
    ["/\\evil.example", "/en/consultation?notice=profileSaved"],
    ["https://evil.example/en", "/en/consultation?notice=profileSaved"],
    ["javascript:alert(1)", "/en/consultation?notice=profileSaved"],
    ["http://localhost:3999/en/consultation/contributions/new?year=2030", "/en/consultation/contributions/new?year=2030"],
    ["/en/consultation/workshops/new", "/en/consultation/workshops/new"],
  ])("a bound returnTo of %j (the client can change it) redirects to %j", async (returnTo, expected) => {
    const { saveProfileAction } = await import("@/lib/profiles/actions");
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };
    const fields = {
      name: "Amina Diallo",
      stakeholderTypeCode: "ACADEMIA",
      countryCode: "KE",
      preferredLanguage: "en",
      organisationChoice: "new",
      organisationName: `Redirect University ${Math.random().toString(36).slice(2)}`,
      confirmNewOrganisation: "on",
    };

    expect(await redirectOf(saveProfileAction("en", returnTo, { status: "idle" }, form(fields)))).toBe(expected);
  });
});

describe("quotas through the form", () => {
  test("a new draft past the account's quota comes back translated, on the form, with everything typed", async () => {
    const { saveContributionAction } = await import("@/lib/submissions/actions");
    const { MAX_DRAFTS_PER_ACCOUNT } = await import("@/lib/submissions/quota");
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2020, 1, 1), endOfGenevaDay(2099, 12, 31)] });
    const user = await createStakeholder(db);
    session.user = { id: user.id, email: user.email, name: null, role: "STAKEHOLDER" };
    for (let i = 0; i < MAX_DRAFTS_PER_ACCOUNT; i++) {
      await redirectOf(
        saveContributionAction("en", { year: edition.year }, { status: "idle" }, form({ ...contribution, intent: "draft", title: `Draft ${i}` })),
      );
    }

    const state = await saveContributionAction(
      "en",
      { year: edition.year },
      { status: "idle" },
      form({ ...contribution, intent: "draft", title: "One too many" }),
    );

    expect(state).toMatchObject({ status: "error", code: "QUOTA_EXCEEDED", values: { title: "One too many", body: contribution.body } });
    expect(state.status === "error" && state.message).toMatch(/reached your account's limit/);
    expect(state.status === "error" && state.fieldErrors?._form?.[0]).toMatch(/maximum number of drafts/);
    expect(await db.submission.count({ where: { authorId: user.id, status: "DRAFT" } })).toBe(MAX_DRAFTS_PER_ACCOUNT);
  });
});
