// The focal point's approval of a delegation member, in English and in Arabic: the addressee of
// a Member State's invitation (its focal point) opens their queue from My account, sees the
// confirmed roster with who has registered, fails a rejection without its reason (the chosen
// decision stays, the error sits under the reason), then accredits the member, who gets the
// accreditation and disappears from the waiting list. Another State's member never shows.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import type coreEn from "../../lib/i18n/messages/core.en.json";
import type enumsEn from "../../lib/i18n/messages/enums.en.json";
import type registrationEn from "../../lib/i18n/messages/registration.en.json";
import { e2eDb, expect, signInAs, test, uniqueEmail, waitForMail } from "./support";

type Messages = typeof coreEn & typeof enumsEn & typeof registrationEn;
const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../lib/i18n/messages", file), "utf8"));
const load = (locale: "en" | "ar"): Messages => ({ ...read(`core.${locale}.json`), ...read(`enums.${locale}.json`), ...read(`registration.${locale}.json`) });

const cases = [
  { locale: "en" as const, state: "KE", other: "UG" },
  { locale: "ar" as const, state: "JO", other: "LB" },
];

/** A confirmed delegation of `state` (invitation, confirmation, members) in the demo edition, with the member's pending registration. */
async function arrange(locale: "en" | "ar", state: string, member: { email: string; given: string; family: string }) {
  const db = await e2eDb();
  const demo = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true, year: true, title: true } });
  const campaign = await db.invitationCampaign.create({
    data: {
      editionId: demo.id,
      symbol: `CL-FP/${crypto.randomBytes(3).toString("hex")}`,
      letterDate: new Date(Date.UTC(demo.year - 1, 11, 6)),
      subject: { en: "Invitation (focal point test)" },
      deadlines: { create: [{ editionId: demo.id, kind: "INVITATION_RESPONSE", closesAt: new Date(Date.UTC(demo.year + 1, 0, 15)) }] },
    },
  });
  const focalEmail = uniqueEmail(`focal-${locale}`);
  const invitation = await db.invitation.create({
    data: {
      campaignId: campaign.id,
      editionId: demo.id,
      memberStateCode: state,
      addresseeName: "Focal Point",
      addresseeTitle: "Director",
      email: focalEmail,
      language: locale,
      status: "CONFIRMED",
      sentAt: new Date(),
      respondedAt: new Date(),
    },
  });
  await db.participationConfirmation.create({
    data: {
      invitationId: invitation.id,
      reference: `WSIS${demo.year}-${state}-${crypto.randomBytes(2).toString("hex").toUpperCase()}`,
      decision: "ATTENDING",
      state: "SUBMITTED",
      submittedAt: new Date(),
      members: {
        create: [
          { position: 0, isHead: true, name: "Head Of Delegation", title: "Minister", gender: "MALE" },
          { position: 1, name: `${member.given} ${member.family}`, title: "Adviser", gender: "FEMALE", email: member.email, registrationInvitedAt: new Date() },
        ],
      },
    },
  });
  const user = await db.user.create({ data: { email: member.email, emailVerified: new Date(), name: `${member.given} ${member.family}` } });
  const registration = await db.forumRegistration.create({
    data: {
      editionId: demo.id,
      userId: user.id,
      givenNames: member.given,
      familyName: member.family,
      honorific: "MS",
      jobTitle: "Adviser",
      stakeholderTypeCode: "GOVERNMENT",
      countryCode: state,
      gender: "FEMALE",
      attendance: "ON_SITE",
      privacyConsentAt: new Date(),
      invitationId: invitation.id,
      locale,
    },
  });
  return { demo, focalEmail, invitation, registration };
}

for (const { locale, state, other } of cases) {
  test(`${locale}: the focal point accredits a member of their delegation`, async ({ page }) => {
    test.setTimeout(120_000);
    const t = createTranslator({ locale, messages: load(locale), timeZone: "Europe/Zurich" });
    const db = await e2eDb();
    const member = { email: uniqueEmail(`member-${locale}`), given: locale === "ar" ? "ليلى" : "Wanjiru", family: locale === "ar" ? "الحسيني" : "Kamau" };
    const mine = await arrange(locale, state, member);
    const stranger = { email: uniqueEmail(`stranger-${locale}`), given: "Other", family: `State${crypto.randomBytes(2).toString("hex")}` };
    const theirs = await arrange(locale, other, stranger);

    await signInAs(page.context(), { email: mine.focalEmail, role: "DELEGATE" });
    await page.goto(`/${locale}/account`);
    await page.getByRole("link", { name: t("Account.focalPoint") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("FocalPointQueue.title"));
    await expect(page.getByText(stranger.family)).toHaveCount(0);

    const name = `${t("Enum.Honorific.MS")} ${member.given} ${member.family}`;
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(card).toContainText(member.email);
    const roster = page.getByRole("region", { name: t("DelegationRoster.title") }).first();
    await expect(roster.getByRole("row").filter({ hasText: `${member.given} ${member.family}` })).toContainText(t("Enum.ForumRegistrationStatus.PENDING"));

    // a rejection without its reason: refused, the decision chosen stays, the error is under the reason
    const decision = card.getByLabel(t("FocalPointQueue.decision"));
    await decision.selectOption("REJECT");
    await card.getByRole("button", { name: t("FocalPointQueue.decide", { name }) }).click();
    const reason = card.getByLabel(t("FocalPointQueue.reason"));
    const reasonError = page.locator(`#${await reason.getAttribute("id")}-error`);
    await expect(reasonError).toHaveText(t("Validation.required"));
    await expect(decision).toHaveValue("REJECT");
    await expect(reason).toHaveValue("");
    expect((await db.forumRegistration.findUniqueOrThrow({ where: { id: mine.registration.id } })).status).toBe("PENDING");

    await decision.selectOption("ACCREDIT");
    await card.getByRole("button", { name: t("FocalPointQueue.decide", { name }) }).click();
    await expect(page.getByRole("status").filter({ hasText: t("FocalPointQueue.accredited") })).toBeVisible();
    await expect(page.getByRole("heading", { name })).toHaveCount(0);
    await expect(roster.getByRole("row").filter({ hasText: `${member.given} ${member.family}` })).toContainText(t("Enum.ForumRegistrationStatus.ACCREDITED"));

    const accredited = await db.forumRegistration.findUniqueOrThrow({ where: { id: mine.registration.id } });
    expect([accredited.status, accredited.category]).toEqual(["ACCREDITED", "DELEGATE"]);
    expect((await db.forumRegistration.findUniqueOrThrow({ where: { id: theirs.registration.id } })).status).toBe("PENDING");

    // the member is told, in the language they registered in
    const titles = mine.demo.title as Record<string, string>;
    const mail = await waitForMail(member.email, undefined, 30_000);
    expect(mail.subject).toBe(t("RegistrationMail.subject.ACCREDITED", { forum: titles[locale] ?? titles.en }));
    expect(mail.text).toContain(`${member.given} ${member.family}`);
  });
}
