import { describe, expect, test } from "vitest";
import { addresseeSchema, createCampaignSchema, delegationRows, delegationSchema, extensionSchema } from "@/lib/invitations/schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("addressee", () => {
  test("normalises the country code and the address", () => {
    const r = addresseeSchema.parse({ country: "ch", name: " Ms A. Rossi ", title: "Director", email: "A.Rossi@Admin.CH", language: "FR" });

    expect(r).toEqual({ country: "CH", name: "Ms A. Rossi", title: "Director", email: "a.rossi@admin.ch", language: "fr" });
  });

  test("refuses markup, control characters, absurd lengths, bad addresses and unknown languages, each on its field", () => {
    const r = addresseeSchema.safeParse({
      country: "Switzerland",
      name: "<script>alert(1)</script>",
      title: "x".repeat(201),
      email: "not-an-address",
      language: "de",
    });

    expect(messages(r)).toEqual({ country: "unknownCountry", name: "noMarkup", title: "tooLong", email: "email", language: "choice" });
    expect(messages(addresseeSchema.safeParse({ country: "CH", name: "A\u0007B", title: "T", email: "a@b.org", language: "en" }))).toEqual({
      name: "controlCharacters",
    });
  });
});

describe("campaign", () => {
  const base = { editionId: "ed1", symbol: "CL-19/59", letterDate: "2019-12-06", subject_en: "Invitation", responseDeadline: "2020-01-15" };

  test("collects the subject per language, English required, empty languages left out", () => {
    const r = createCampaignSchema.parse({ ...base, subject_fr: "Invitation (fr)", subject_ar: "" });

    expect(r.subject).toEqual({ en: "Invitation", fr: "Invitation (fr)" });
    expect(r.responseDeadline).toEqual({ year: 2020, month: 1, day: 15 });
    expect(r.statementDeadline).toBeUndefined();
  });

  test("an impossible date and a missing English subject are field errors", () => {
    const r = createCampaignSchema.safeParse({ ...base, subject_en: " ", responseDeadline: "2020-02-30" });

    expect(messages(r)).toEqual({ responseDeadline: "date" });
    expect(messages(createCampaignSchema.safeParse({ ...base, subject_en: "" }))).toEqual({ subject_en: "required" });
  });

  test("an extension needs a day and a reason", () => {
    expect(messages(extensionSchema.safeParse({ until: "", reason: "" }))).toEqual({ until: "required", reason: "required" });
  });
});

describe("delegation form", () => {
  test("rows come from flat fields in order, blank rows dropped", () => {
    const rows = delegationRows({
      "members.1.name": "B",
      "members.0.name": "A",
      "members.2.name": " ",
      "members.2.gender": "FEMALE",
      "members.0.gender": "FEMALE",
      other: "x",
    });

    expect(rows).toEqual([
      { index: 0, row: { name: "A", gender: "FEMALE" } },
      { index: 1, row: { name: "B" } },
    ]);
  });

  test("a submitted delegation needs its head; a draft may be empty", () => {
    expect(messages(delegationSchema.safeParse({ intent: "submit" }))).toEqual({ "members.0.name": "headRequired" });
    expect(delegationSchema.parse({ intent: "draft" })).toEqual({ intent: "draft", members: [] });
  });

  test("each incomplete row is reported on its own fields", () => {
    const r = delegationSchema.safeParse({
      intent: "submit",
      "members.0.name": "Head",
      "members.0.title": "Minister",
      "members.0.gender": "FEMALE",
      "members.1.name": "<b>Deputy</b>",
      "members.1.title": "",
      "members.1.email": "bad",
    });

    expect(messages(r)).toEqual({ "members.1.name": "noMarkup", "members.1.title": "required", "members.1.gender": "choice", "members.1.email": "email" });
  });

  test("a complete delegation parses with on-site as the default attendance", () => {
    const r = delegationSchema.parse({
      intent: "submit",
      "members.0.name": "Amina",
      "members.0.title": "Minister",
      "members.0.gender": "FEMALE",
      "members.0.email": "",
      "members.1.name": "Li",
      "members.1.title": "Adviser",
      "members.1.gender": "MALE",
      "members.1.attendance": "REMOTE",
    });

    expect(r.members).toEqual([
      { name: "Amina", title: "Minister", gender: "FEMALE", email: undefined, attendance: "ON_SITE" },
      { name: "Li", title: "Adviser", gender: "MALE", email: undefined, attendance: "REMOTE" },
    ]);
  });

  test("more than 40 delegates is refused", () => {
    const fields: Record<string, string> = { intent: "draft" };
    for (let i = 0; i < 41; i++) Object.assign(fields, { [`members.${i}.name`]: `P${i}`, [`members.${i}.title`]: "T", [`members.${i}.gender`]: "MALE" });

    expect(messages(delegationSchema.safeParse(fields))).toEqual({ members: "delegationTooLarge" });
  });
});
