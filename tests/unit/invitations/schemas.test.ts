import { describe, expect, test } from "vitest";
import { fieldNameOf, formToObject } from "@/lib/actions/form-data";
import { addresseeSchema, createCampaignSchema, delegationSchema, extensionSchema } from "@/lib/invitations/schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
/** The delegation schema as its action runs it: on the parsed form, errors named as the form names its fields. */
const delegation = (fields: Record<string, string>) => {
  const raw = formToObject(form(fields));
  const result = delegationSchema.safeParse(raw);
  return { result, errors: Object.fromEntries((result.error?.issues ?? []).map((i) => [fieldNameOf(i.path, raw), i.message])) };
};

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

  test("an impossible date and a missing English subject are field errors, reported together", () => {
    const r = createCampaignSchema.safeParse({ ...base, subject_en: " ", subject_fr: "<b>Invitation</b>", responseDeadline: "2020-02-30" });

    expect(messages(r)).toEqual({ responseDeadline: "date", subject_en: "required", subject_fr: "noMarkup" });
    expect(messages(createCampaignSchema.safeParse({ ...base, subject_en: "" }))).toEqual({ subject_en: "required" });
  });

  test("an extension needs a day and a reason", () => {
    expect(messages(extensionSchema.safeParse({ until: "", reason: "" }))).toEqual({ until: "required", reason: "required" });
  });
});

describe("delegation form", () => {
  test("rows come from keyed fields in the order the form listed them, blank rows dropped", () => {
    const rows = formToObject(
      form({
        "members[k9].name": "A",
        "members[k9].gender": "FEMALE",
        "members[k2].name": "B",
        "members[k5].name": " ",
        "members[k5].gender": "",
        other: "x",
      }),
    ).members;

    expect(rows).toEqual([
      { key: "k9", name: "A", gender: "FEMALE" },
      { key: "k2", name: "B" },
    ]);
  });

  test("a submitted delegation needs its head; a draft may be empty", () => {
    expect(delegation({ intent: "submit" }).errors).toEqual({ members: "headRequired" });
    expect(delegation({ intent: "draft" }).result.data).toEqual({ intent: "draft", members: [] });
  });

  test("each incomplete row is reported on its own fields", () => {
    const r = delegation({
      intent: "submit",
      "members[r0].name": "Head",
      "members[r0].title": "Minister",
      "members[r0].gender": "FEMALE",
      "members[r1].name": "<b>Deputy</b>",
      "members[r1].title": "",
      "members[r1].email": "bad",
    });

    expect(r.errors).toEqual({ "members[r1].name": "noMarkup", "members[r1].title": "required", "members[r1].gender": "choice", "members[r1].email": "email" });
  });

  test("a complete delegation parses with on-site as the default attendance", () => {
    const r = delegation({
      intent: "submit",
      "members[r0].name": "Amina",
      "members[r0].title": "Minister",
      "members[r0].gender": "FEMALE",
      "members[r0].email": "",
      "members[r1].name": "Li",
      "members[r1].title": "Adviser",
      "members[r1].gender": "MALE",
      "members[r1].attendance": "REMOTE",
    });

    expect(r.result.data?.members).toEqual([
      { name: "Amina", title: "Minister", gender: "FEMALE", email: undefined, attendance: "ON_SITE" },
      { name: "Li", title: "Adviser", gender: "MALE", email: undefined, attendance: "REMOTE" },
    ]);
  });

  test("more than 40 delegates is refused", () => {
    const fields: Record<string, string> = { intent: "draft" };
    for (let i = 0; i < 41; i++) Object.assign(fields, { [`members[r${i}].name`]: `P${i}`, [`members[r${i}].title`]: "T", [`members[r${i}].gender`]: "MALE" });

    expect(delegation(fields).errors).toEqual({ members: "delegationTooLarge" });
  });
});
