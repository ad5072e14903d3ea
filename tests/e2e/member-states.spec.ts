// The Member States journey of circular letter CL-19/59, in English and again in Arabic: the
// secretariat creates a campaign, imports a CSV (bad rows reported and left out) and sends; the
// delegate gets the mail, follows the link (which records nothing), signs in with a magic link,
// confirms with a delegation of three (two women), requests and submits a policy statement and
// gets the confirmation mail; the dashboard shows the counts and the share of women; the
// statement is published. Labels come from the message files, so both languages run one script.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import type coreEn from "../../lib/i18n/messages/core.en.json";
import type invitationsEn from "../../lib/i18n/messages/invitations.en.json";
import { e2eDb, expect, expectAccessible, followSignInLink, linksIn, signInAs, test, uniqueEmail, waitForMail } from "./support";

type Messages = typeof coreEn & typeof invitationsEn;
const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../lib/i18n/messages", file), "utf8"));
const load = (locale: "en" | "ar"): Messages => ({ ...read(`core.${locale}.json`), ...read(`invitations.${locale}.json`) });
const messages = { en: load("en"), ar: load("ar") };

const cases = [
  { locale: "en" as const, states: { delegate: "KE", other: "GH" } },
  { locale: "ar" as const, states: { delegate: "JO", other: "TN" } },
];

for (const { locale, states } of cases) {
  test(`${locale}: invitation, confirmation with a delegation, policy statement, dashboard`, async ({ page, browser, request }) => {
    test.setTimeout(180_000);
    const t = createTranslator({ locale, messages: messages[locale], timeZone: "Europe/Zurich" });
    const db = await e2eDb();
    const delegateEmail = uniqueEmail(`delegate-${locale}`);
    const symbol = `CL-E2E/${crypto.randomBytes(3).toString("hex")}`;
    const year = new Date().getFullYear() + 1;
    const demo = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true, year: true } });
    const stateName = ((await db.memberState.findUniqueOrThrow({ where: { code: states.delegate } })).name as Record<string, string>)[locale];

    // ---------------------------------------------------------------- the secretariat: campaign and CSV
    await signInAs(page.context(), { role: "SECRETARIAT" });
    await page.goto(`/${locale}/admin/invitations`);
    await page.getByLabel(t("InvitationAdmin.edition")).selectOption(demo.id);
    await page.getByLabel(t("InvitationAdmin.symbol")).fill(symbol);
    await page.getByLabel(t("InvitationAdmin.letterDate")).fill(`${year - 1}-12-06`);
    await page.getByLabel(t("InvitationAdmin.subjectIn", { language: "English" })).fill("Invitation to the WSIS Forum (end-to-end test)");
    await page.getByLabel(t("InvitationAdmin.subjectIn", { language: "العربية" })).fill("دعوة إلى منتدى القمة (اختبار شامل)");
    await page.getByLabel(t("InvitationAdmin.responseDeadline")).fill(`${year}-01-15`);
    await page.getByLabel(t("InvitationAdmin.statementDeadline")).fill(`${year}-02-15`);
    await page.getByRole("button", { name: t("InvitationAdmin.createCampaign") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${symbol} (${demo.year})`);
    const campaignUrl = page.url();

    await page.getByRole("link", { name: t("InvitationAdmin.import") }).click();
    const csv = [
      "country,name,title,email,language",
      `${states.delegate},Amina Diallo,Minister,${delegateEmail},${locale}`,
      "XX,Nobody,Minister,nobody@gov.example,en",
      `${states.other},Kwame Mensah,Director,not-an-address,en`,
      `${states.other},Kofi Boateng,Director-General,${uniqueEmail("other")},fr`,
      `${states.delegate},Twice Listed,Minister,${uniqueEmail("twice")},en`,
    ].join("\n");
    await page.getByLabel(t("InvitationAdmin.csvText")).fill(csv);
    await page.getByRole("button", { name: t("InvitationAdmin.preview") }).click();

    await expect(page.getByRole("status").filter({ hasText: t("InvitationAdmin.previewSummary", { valid: 2, invalid: 3 }) })).toBeVisible();
    const preview = page.getByRole("table");
    await expect(preview.getByRole("row").filter({ hasText: "nobody@gov.example" })).toContainText(t("InvitationValidation.unknownCountry"));
    await expect(preview.getByRole("row").filter({ hasText: "not-an-address" })).toContainText(t("Validation.email"));
    await expect(preview.getByRole("row").filter({ hasText: "Twice Listed" })).toContainText(t("InvitationValidation.duplicateCountry"));
    expect(await db.invitation.count({ where: { campaign: { symbol } } })).toBe(0);
    await expectAccessible(page);

    await page.getByRole("button", { name: t("InvitationAdmin.importRows", { count: 2 }) }).click();
    await expect(page.getByRole("status").filter({ hasText: t("InvitationAdmin.imported", { count: 2 }) })).toBeVisible();
    await page.getByRole("button", { name: t("InvitationAdmin.sendAll", { count: 2 }) }).click();
    await expect(page.getByText(t("InvitationAdmin.sentCount", { count: 2 }))).toBeVisible();
    await expectAccessible(page);

    // ---------------------------------------------------------------- the mail, and scanners
    const invitationMail = await waitForMail(delegateEmail, new RegExp(symbol.replace("/", "\\/")));
    expect(invitationMail.text).toContain("Amina Diallo");
    const link = linksIn(invitationMail).find((l) => l.includes(`/${locale}/invitation/`))!;
    expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
    const invitation = await db.invitation.findFirstOrThrow({ where: { email: delegateEmail } });
    const before = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    for (let i = 0; i < 3; i++) expect((await request.get(link)).status()).toBe(200);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toEqual(before);
    expect(before.status).toBe("SENT");

    // ---------------------------------------------------------------- the delegate signs in from the link
    const delegateContext = await browser.newContext({ locale: locale === "ar" ? "ar" : "en-GB" });
    const delegate = await delegateContext.newPage();
    await delegate.goto(link);
    await expect(delegate.getByRole("heading", { level: 1 })).toHaveText(t("InvitationLink.title", { symbol }));
    await expectAccessible(delegate);
    await delegate.getByRole("link", { name: t("InvitationLink.signInToContinue") }).click();
    await delegate.getByLabel(t("SignIn.email")).fill(delegateEmail);
    await delegate.getByRole("button", { name: t("SignIn.submit") }).click();
    await expect(delegate.getByRole("heading", { level: 1 })).toHaveText(t("SignIn.checkTitle"));
    // the sign-in mail's language is the core's business (it follows the NEXT_LOCALE cookie): either will do
    const signInMail = await waitForMail(delegateEmail, new RegExp(`${messages.en.Mail.signIn.subject}|${messages.ar.Mail.signIn.subject}`));
    await followSignInLink(delegate, signInMail);
    await expect(delegate).toHaveURL(new RegExp(`/${locale}/invitations/${invitation.id}$`));
    await expect(delegate.getByRole("heading", { level: 1 })).toHaveText(t("InvitationRespond.title", { memberState: stateName }));
    // the signed-in addressee opened the page: "viewed" is recorded (by its own POST)
    await expect.poll(async () => (await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("VIEWED");

    // ---------------------------------------------------------------- delegation of three, two women
    const member = async (index: number, name: string, title: string, gender: string, attendance?: string) => {
      const row = delegate.getByRole("group", {
        name: index === 0 ? t("InvitationRespond.head") : t("InvitationRespond.member", { number: index + 1 }),
        exact: true,
      });
      await row.getByLabel(t("InvitationRespond.name"), { exact: true }).fill(name);
      await row.getByLabel(t("InvitationRespond.memberTitle"), { exact: true }).fill(title);
      await row.getByLabel(t("InvitationRespond.gender"), { exact: true }).selectOption(gender);
      if (attendance) await row.getByLabel(t("InvitationRespond.attendance"), { exact: true }).selectOption(attendance);
    };
    await member(0, "Amina Diallo", "Minister of ICT", "FEMALE");
    await delegate.getByRole("button", { name: t("InvitationRespond.addMember") }).click();
    await member(1, "Li Wei", "Adviser", "MALE", "REMOTE");
    await delegate.getByRole("button", { name: t("InvitationRespond.addMember") }).click();
    await member(2, "Sara Haddad", "Director of Telecommunications", "FEMALE");
    // the page formats the share in the browser: format it there too
    const share = await delegate.evaluate((l) => new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 0 }).format(2 / 3), locale);
    await expect(delegate.getByTestId("gender-balance")).toHaveText(t("InvitationRespond.balance", { women: 2, total: 3, share }));
    await expectAccessible(delegate);
    await delegate.getByRole("button", { name: t("InvitationRespond.submit") }).click();

    await expect(delegate).toHaveURL(/\?saved=1$/);
    const confirmation = await db.participationConfirmation.findUniqueOrThrow({ where: { invitationId: invitation.id }, include: { members: true } });
    expect(confirmation.members).toHaveLength(3);
    await expect(delegate.getByText(t("InvitationRespond.confirmedNotice", { reference: confirmation.reference }))).toBeVisible();
    const confirmationMail = await waitForMail(delegateEmail, new RegExp(confirmation.reference));
    expect(confirmationMail.subject).toBe(t("InvitationMail.confirmed.subject", { reference: confirmation.reference }));
    expect(confirmationMail.text).toContain("Sara Haddad");

    await delegate.getByRole("link", { name: t("InvitationRespond.receipt") }).click();
    await expect(delegate.getByTestId("reference")).toHaveText(confirmation.reference);
    await expectAccessible(delegate);
    await delegate.getByRole("link", { name: t("Receipt.back") }).click();

    // ---------------------------------------------------------------- policy statement
    await delegate.getByRole("link", { name: t("InvitationRespond.statementLink") }).click();
    await delegate.getByLabel(t("PolicyStatementForm.speakerName")).fill("Amina Diallo");
    await delegate.getByLabel(t("PolicyStatementForm.speakerTitle")).fill("Minister of ICT");
    await delegate.getByLabel(t("PolicyStatementForm.protocolCategory")).selectOption("MINISTER");
    await delegate.getByRole("button", { name: t("PolicyStatementForm.request") }).click();
    await expect(delegate.getByText(t("PolicyStatementForm.requested"))).toBeVisible();
    const text = locale === "ar" ? "أصحاب المعالي، السيدات والسادة" : "Excellencies, ladies and gentlemen.";
    await delegate.getByLabel(t("PolicyStatementForm.text")).fill(text);
    await expect(delegate.getByTestId("word-count")).toHaveText(t("PolicyStatementForm.words", { count: 4, limit: 500 }));
    await delegate.getByRole("button", { name: t("PolicyStatementForm.submit") }).click();
    await expect(delegate.getByText(t("PolicyStatementForm.submitted"))).toBeVisible();
    await expectAccessible(delegate);
    const statement = await db.policyStatement.findUniqueOrThrow({ where: { invitationId: invitation.id } });
    expect([statement.status, statement.text, statement.language]).toEqual(["SUBMITTED", text, locale]);
    // the policy-statements page the letter names: the invited delegate finds the invitation there
    await delegate.goto(`/${locale}/policy-statements`);
    await expect(delegate.getByRole("heading", { level: 3, name: t("PolicyStatementsPage.invitationLine", { symbol, memberState: stateName }) })).toBeVisible();
    await expect(delegate.getByRole("link", { name: t("PolicyStatementsPage.statement") })).toHaveAttribute(
      "href",
      `/${locale}/invitations/${invitation.id}/policy-statement`,
    );
    await expectAccessible(delegate);
    await delegateContext.close();

    // ---------------------------------------------------------------- the secretariat's dashboard and list
    await page.goto(campaignUrl);
    await expect(page.getByTestId("count-CONFIRMED")).toHaveText("1");
    await page.goto(`/${locale}/admin/confirmations?campaign=${invitation.campaignId}`);
    const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(2 / 3);
    const totals = page.getByTestId("dashboard-total").getByRole("cell");
    await expect(totals).toHaveText(["2", "1", "0", "1", "3", "2", percent, "1"]);
    await expect(page.getByTestId("women-summary")).toHaveText(
      t("ConfirmationsDashboard.womenText", { women: 2, delegates: 3, share: percent, withWoman: 1, delegations: 1 }),
    );
    const exported = await page.request.get(`/${locale}/admin/confirmations/export?campaign=${invitation.campaignId}`);
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toContain(confirmation.reference);

    await page.goto(`/${locale}/admin/policy-statements`);
    const row = page.getByRole("row").filter({ hasText: "Amina Diallo" }).filter({ hasText: stateName });
    await row.getByRole("button", { name: t("PolicyStatementsAdmin.publish") }).click();
    // once published the button goes, and the row says so
    await expect(row.getByRole("button", { name: t("PolicyStatementsAdmin.publish") })).toHaveCount(0);
    await expect(row).toContainText(t("PolicyStatementsAdmin.published"));

    await page.goto(`/${locale}/policy-statements`);
    await expect(page.getByRole("heading", { level: 2, name: t("PolicyStatementsPage.published") })).toBeVisible();
    await expect(page.getByText(text)).toBeAttached();
  });
}

test("a delegate signed in with another address is refused the invitation (404), and sees why on the link page", async ({ page, browser }) => {
  const db = await e2eDb();
  const campaign = await db.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-DEMO/01" } });
  const token = crypto.randomBytes(32).toString("base64url");
  const invitation = await db.invitation.create({
    data: {
      campaignId: campaign.id,
      editionId: campaign.editionId,
      memberStateCode: "UY",
      addresseeName: "Ana Pérez",
      addresseeTitle: "Directora",
      email: uniqueEmail("addressee"),
      language: "es",
      status: "SENT",
      sentAt: new Date(),
      tokenHash: crypto.createHash("sha256").update(token).digest("hex"),
    },
  });
  const colleague = uniqueEmail("colleague");
  await signInAs(page.context(), { email: colleague });

  const response = await page.goto(`/es/invitations/${invitation.id}`);
  expect(response?.status()).toBe(404);
  // not "page not found": why, and what to do, without anything of the invitation itself
  const es = read("core.es.json").InvitationElsewhere as Record<string, string>;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es.title);
  await expect(page.getByRole("main")).not.toContainText("Ana Pérez");
  await expect(page.getByRole("main")).not.toContainText(campaign.symbol);
  await expect(page.getByRole("link", { name: "wsis-info@itu.int" })).toHaveAttribute("href", "mailto:wsis-info@itu.int");
  await expect(page.getByRole("button", { name: es.signOut })).toBeVisible();
  await page.goto(`/es/invitation/${token}`);
  await expect(page.getByRole("status")).toContainText("no es la dirección invitada");
  await expect(page.getByRole("link", { name: "Ir a la invitación" })).toHaveCount(0);
  await expect(page.getByRole("main")).toContainText(es.askAddressee);
  await expect(page.getByRole("link", { name: "wsis-info@itu.int" })).toBeVisible();
  // signing out leads to signing in again, back to this invitation
  await page.getByRole("button", { name: es.signOut }).click();
  await expect(page).toHaveURL(new RegExp(`/es/sign-in\\?callbackUrl=%2Fes%2Finvitations%2F${invitation.id}$`));
  await expect.poll(async () => db.session.count({ where: { user: { email: colleague } } })).toBe(0);
  const other = await browser.newContext();
  expect((await (await other.newPage()).goto(`/es/invitation/${"x".repeat(43)}`))?.status()).toBe(404);
  await other.close();
  expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("SENT");
});

for (const locale of ["en", "ar"] as const) {
  test(`${locale}: a colleague opening a forwarded invitation is told it is addressed to someone else, and how to reach the secretariat`, async ({ page }) => {
    const t = messages[locale] as Messages & { InvitationElsewhere: Record<string, string> };
    const db = await e2eDb();
    const demo = await db.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-DEMO/01" } });
    // a letter of its own: a Member State is invited once per letter
    const campaign = await db.invitationCampaign.create({
      data: {
        editionId: demo.editionId,
        symbol: `CL-FWD/${crypto.randomBytes(4).toString("hex")}`,
        letterDate: new Date(),
        subject: { en: "Invitation" },
        // every letter has its reply deadline (lib/deadlines)
        deadlines: { create: [{ editionId: demo.editionId, kind: "INVITATION_RESPONSE", closesAt: new Date(Date.now() + 30 * 24 * 3600_000) }] },
      },
    });
    const invitation = await db.invitation.create({
      data: {
        campaignId: campaign.id,
        editionId: campaign.editionId,
        memberStateCode: "JO",
        addresseeName: "Rania Haddad",
        addresseeTitle: "H.E.",
        email: uniqueEmail("forwarded"),
        language: locale,
        status: "SENT",
        sentAt: new Date(),
        tokenHash: crypto.randomBytes(32).toString("hex"),
      },
    });
    const colleague = uniqueEmail(`colleague-${locale}`);
    await signInAs(page.context(), { email: colleague });

    const response = await page.goto(`/${locale}/invitations/${invitation.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.InvitationElsewhere.title);
    await expect(page.getByRole("status")).toContainText(colleague);
    await expect(page.getByRole("main")).toContainText(t.InvitationElsewhere.askAddressee);
    await expect(page.getByRole("main")).toContainText(t.InvitationElsewhere.otherAddress);
    await expect(page.getByRole("main")).not.toContainText("Rania Haddad");
    await expect(page.getByRole("link", { name: "wsis-info@itu.int" })).toHaveAttribute("href", "mailto:wsis-info@itu.int");
    // a receipt or statement page of the same invitation says the same
    expect((await page.goto(`/${locale}/invitations/${invitation.id}/receipt`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.InvitationElsewhere.title);

    await page.getByRole("button", { name: t.InvitationElsewhere.signOut }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in$`));
    await expect.poll(async () => db.session.count({ where: { user: { email: colleague } } })).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("SENT");
  });
}

test("a visitor of the policy-statements page is told how to get access", async ({ page }) => {
  await page.goto("/fr/policy-statements");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déclarations de politique générale");
  await expect(page.getByRole("heading", { level: 2, name: "Comment y accéder" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Se connecter" }).last()).toHaveAttribute("href", /\/fr\/sign-in\?callbackUrl=%2Ffr%2Fpolicy-statements/);
});

test("the secretariat changes an invitation's address and grants an extension, both audited", async ({ page }) => {
  const db = await e2eDb();
  const letter = await db.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-DEMO/01" }, include: { deadlines: true } });
  const campaign = { ...letter, responseDeadline: letter.deadlines.find((d) => d.kind === "INVITATION_RESPONSE")!.closesAt };
  const invitation = await db.invitation.create({
    data: {
      campaignId: campaign.id,
      editionId: campaign.editionId,
      memberStateCode: "PE",
      addresseeName: "Rosa Quispe",
      addresseeTitle: "Viceministra",
      email: uniqueEmail("peru"),
      language: "es",
    },
  });
  const newEmail = uniqueEmail("peru-new");
  await signInAs(page.context(), { role: "SECRETARIAT" });
  await page.goto(`/en/admin/invitations/${campaign.id}`);

  await page.getByRole("link", { name: "Peru" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitation to Peru");
  const addressForm = page.getByRole("region", { name: "Change the address" });
  const extensionForm = page.getByRole("region", { name: "Grant an extension" });
  await addressForm.getByLabel("New e-mail address").fill(newEmail);
  await addressForm.getByRole("button", { name: "Change the address" }).click();
  await expect(addressForm.getByRole("status")).toHaveText("Done.");

  const dayBefore = campaign.responseDeadline.toISOString().slice(0, 10);
  await extensionForm.getByLabel("New deadline (end of that day, Geneva time)").fill(dayBefore);
  await extensionForm.getByLabel("Reason").fill("The ministry asked by letter.");
  await extensionForm.getByRole("button", { name: "Grant the extension" }).click();
  // the message is both in the summary at the top and under the field: this is the one under the field
  await expect(extensionForm.locator("#extension-form-until-error").getByText("Choose a day after the campaign's deadline.")).toBeVisible();
  await expect(extensionForm.getByLabel("Reason")).toHaveValue("The ministry asked by letter.");
  const later = new Date(campaign.responseDeadline.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
  await extensionForm.getByLabel("New deadline (end of that day, Geneva time)").fill(later);
  await extensionForm.getByRole("button", { name: "Grant the extension" }).click();
  await expect(extensionForm.getByRole("status")).toHaveText("Done.");

  const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
  expect(row.email).toBe(newEmail);
  expect(await db.deadlineExtension.findFirst({ where: { invitationId: invitation.id } })).not.toBeNull();
  expect((await db.auditEntry.findMany({ where: { entityId: invitation.id }, orderBy: { id: "asc" } })).map((e) => e.action)).toEqual([
    "invitation.email_changed",
    "invitation.deadline_extended",
  ]);
  await page.reload();
  await expect(page.getByText("invitation.deadline_extended")).toBeVisible();
});

/** An invitation of the given campaign, sent, addressed to a new address; with a submitted confirmation if asked. */
async function sentInvitation(symbol: string, memberStateCode: string, confirmed: boolean) {
  const db = await e2eDb();
  const campaign = await db.invitationCampaign.findFirstOrThrow({ where: { symbol } });
  return db.invitation.create({
    data: {
      campaignId: campaign.id,
      editionId: campaign.editionId,
      memberStateCode,
      addresseeName: "Test Addressee",
      addresseeTitle: "Minister",
      email: uniqueEmail(`addressee-${memberStateCode.toLowerCase()}`),
      language: "en",
      status: confirmed ? "CONFIRMED" : "SENT",
      sentAt: new Date(),
      confirmation: confirmed
        ? {
            create: {
              reference: `WSIS-E2E-${memberStateCode}-${crypto.randomBytes(3).toString("hex")}`,
              decision: "ATTENDING",
              state: "SUBMITTED",
              submittedAt: new Date(),
              members: { create: [{ position: 0, isHead: true, name: "Head", title: "Minister", gender: "FEMALE" }] },
            },
          }
        : undefined,
    },
  });
}

test("after the deadline the invitation is read-only, with a clear notice (CL-19/59, 15 January 2020)", async ({ page }) => {
  const invitation = await sentInvitation("CL-19/59", "UY", false);
  await signInAs(page.context(), { email: invitation.email });

  await page.goto(`/en/invitations/${invitation.id}`);

  await expect(page.getByRole("status").filter({ hasText: /The deadline for replies passed on (15 January|January 15,) 2020/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm participation" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Decline the invitation" })).toHaveCount(0);
});

/** Fills the new-campaign form with a reply-by date long passed, and submits it once (the server asks for the box). */
async function askForLateCampaign(page: Page, t: ReturnType<typeof createTranslator>, locale: string, editionId: string, symbol: string) {
  await page.goto(`/${locale}/admin/invitations`);
  await page.getByLabel(t("InvitationAdmin.edition")).selectOption(editionId);
  await page.getByLabel(t("InvitationAdmin.symbol")).fill(symbol);
  await page.getByLabel(t("InvitationAdmin.letterDate")).fill("2020-01-02");
  await page.getByLabel(t("InvitationAdmin.subjectIn", { language: "English" })).fill("Invitation sent late");
  await page.getByLabel(t("InvitationAdmin.responseDeadline")).fill("2020-01-15");
  await page.getByRole("button", { name: t("InvitationAdmin.createCampaign") }).click();
}

for (const locale of ["en", "ar"] as const) {
  test(`${locale}: a reply-by date already passed: the campaign is created after a confirmation, its page warns, sending asks first, and the link page shows the closed state with the secretariat's address`, async ({
    page,
    browser,
  }) => {
    const t = createTranslator({ locale, messages: messages[locale], timeZone: "Europe/Zurich" });
    const db = await e2eDb();
    const demo = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } });
    const symbol = `CL-LATE/${crypto.randomBytes(3).toString("hex")}`;
    await signInAs(page.context(), { role: "SECRETARIAT" });
    await askForLateCampaign(page, t, locale, demo.id, symbol);

    const confirm = page.getByLabel(t("InvitationAdmin.confirmPastDeadline"));
    await expect(confirm).toHaveAccessibleDescription(new RegExp(t("InvitationValidation.responseDeadlinePassed").replace(/[.?:()]/g, "\\$&")));
    expect(await db.invitationCampaign.count({ where: { symbol } })).toBe(0);
    await expect(page.getByLabel(t("InvitationAdmin.responseDeadline"))).toHaveValue("2020-01-15");
    await confirm.check();
    await page.getByRole("button", { name: t("InvitationAdmin.createCampaign") }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(symbol) })).toBeVisible();
    await expect(page.getByRole("note")).toContainText(t("InvitationAdmin.pastDeadline.explain"));

    const campaign = await db.invitationCampaign.findFirstOrThrow({ where: { symbol } });
    const token = crypto.randomBytes(32).toString("base64url");
    await db.invitation.create({
      data: {
        campaignId: campaign.id,
        editionId: campaign.editionId,
        memberStateCode: "PE",
        addresseeName: "Ana Pérez",
        addresseeTitle: "Ministra",
        email: uniqueEmail("late"),
        language: locale,
        tokenHash: crypto.createHash("sha256").update(token).digest("hex"),
      },
    });
    await page.reload();
    await page.getByRole("button", { name: t("InvitationAdmin.sendAll", { count: 1 }) }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: t("InvitationAdmin.pastDeadline.send") }).click();
    await expect(page.getByRole("alert").filter({ hasText: t("InvitationValidation.sendPastDeadline", { count: 1 }) })).toBeVisible();
    expect(await db.invitation.count({ where: { campaignId: campaign.id, status: "NOT_SENT" } })).toBe(1);
    // the question stays open, the reason under the box to tick
    const acknowledge = dialog.getByLabel(t("InvitationAdmin.pastDeadline.acknowledge"));
    await expect(acknowledge).toHaveAccessibleDescription(new RegExp(t("InvitationValidation.sendPastDeadline", { count: 1 }).replace(/[.?:()]/g, "\\$&")));
    await acknowledge.check();
    await dialog.getByRole("button", { name: t("InvitationAdmin.pastDeadline.send") }).click();
    await expect.poll(() => db.invitation.count({ where: { campaignId: campaign.id, status: "SENT" } })).toBe(1);

    // the link page: closed, with the secretariat's address, and no "sign in to reply"
    const visitor = await browser.newPage();
    const sent = await db.invitation.findFirstOrThrow({ where: { campaignId: campaign.id } });
    await db.invitation.update({ where: { id: sent.id }, data: { tokenHash: crypto.createHash("sha256").update(token).digest("hex") } });
    await visitor.goto(`/${locale}/invitation/${token}`);
    await expect(visitor.getByRole("status")).toContainText(symbol);
    await expect(visitor.getByRole("link", { name: "wsis-info@itu.int" })).toBeVisible();
    await expect(visitor.getByRole("link", { name: t("InvitationLink.signInToContinue") })).toHaveCount(0);
    await expectAccessible(visitor);
    await visitor.close();
  });
}

test("without JavaScript, a reply-by date already passed: the box to tick comes with the server's answer, for creating the campaign and for sending it", async ({
  browser,
}) => {
  const t = createTranslator({ locale: "en", messages: messages.en, timeZone: "Europe/Zurich" });
  const db = await e2eDb();
  const demo = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } });
  const symbol = `CL-NOJS/${crypto.randomBytes(3).toString("hex")}`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(context, { role: "SECRETARIAT" });
  await askForLateCampaign(page, t, "en", demo.id, symbol);
  await page.getByLabel(t("InvitationAdmin.confirmPastDeadline")).check();
  await page.getByRole("button", { name: t("InvitationAdmin.createCampaign") }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(symbol) })).toBeVisible();
  const campaign = await db.invitationCampaign.findFirstOrThrow({ where: { symbol } });
  await db.invitation.create({
    data: {
      campaignId: campaign.id,
      editionId: campaign.editionId,
      memberStateCode: "UY",
      addresseeName: "Lucía Méndez",
      addresseeTitle: "Embajadora",
      email: uniqueEmail("late-nojs"),
      language: "es",
      tokenHash: crypto.randomBytes(32).toString("hex"),
    },
  });
  await page.reload();

  await page.getByRole("button", { name: t("InvitationAdmin.sendAll", { count: 1 }) }).click();

  // the page comes back with the question, the box and the reason under it; nothing was sent
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(t("InvitationAdmin.pastDeadline.prompt", { deadline: "§" }).split("§")[1]);
  expect(await db.invitation.count({ where: { campaignId: campaign.id, status: "NOT_SENT" } })).toBe(1);
  const acknowledge = dialog.getByLabel(t("InvitationAdmin.pastDeadline.acknowledge"));
  await expect(acknowledge).toHaveAccessibleDescription(new RegExp(t("InvitationValidation.sendPastDeadline", { count: 1 }).replace(/[.?:()]/g, "\\$&")));
  // confirming without the box is refused again, the question still there
  await dialog.getByRole("button", { name: t("InvitationAdmin.pastDeadline.send") }).click();
  await expect(page.getByRole("alertdialog").getByLabel(t("InvitationAdmin.pastDeadline.acknowledge"))).toBeVisible();
  expect(await db.invitation.count({ where: { campaignId: campaign.id, status: "NOT_SENT" } })).toBe(1);
  await page.getByRole("alertdialog").getByLabel(t("InvitationAdmin.pastDeadline.acknowledge")).check();
  await page
    .getByRole("alertdialog")
    .getByRole("button", { name: t("InvitationAdmin.pastDeadline.send") })
    .click();
  await expect.poll(() => db.invitation.count({ where: { campaignId: campaign.id, status: "SENT" } })).toBe(1);
  await context.close();
});

for (const { locale, state, other } of [
  { locale: "en" as const, state: "FJ", other: "TO" },
  { locale: "ar" as const, state: "BH", other: "KW" },
]) {
  test(`${locale}: a State invited by two letters of one edition: its second invitation names the letter that holds its statement, and the secretariat is warned before inviting a State twice`, async ({
    page,
    browser,
  }) => {
    const t = createTranslator({ locale, messages: messages[locale], timeZone: "Europe/Zurich" });
    const db = await e2eDb();
    const first = await db.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-DEMO/01" }, include: { deadlines: true } });
    const second = await db.invitationCampaign.create({
      data: {
        editionId: first.editionId,
        symbol: `CL-TWICE/${crypto.randomBytes(3).toString("hex")}`,
        letterDate: first.letterDate,
        subject: { en: "A second letter" },
        deadlines: { create: first.deadlines.map((d) => ({ editionId: d.editionId, kind: d.kind, opensAt: d.opensAt, closesAt: d.closesAt })) },
      },
    });
    const email = uniqueEmail(`twice-${locale}`);
    const invite = (campaignId: string) =>
      db.invitation.create({
        data: {
          campaignId,
          editionId: first.editionId,
          memberStateCode: state,
          addresseeName: "Delegate",
          addresseeTitle: "Minister",
          email,
          language: locale,
          status: "CONFIRMED",
          sentAt: new Date(),
        },
      });
    const held = await invite(first.id);
    await db.policyStatement.create({
      data: {
        editionId: first.editionId,
        memberStateCode: state,
        invitationId: held.id,
        speakerName: "H.E. Speaker",
        speakerTitle: "Minister",
        protocolCategory: "MINISTER",
        language: locale,
      },
    });
    const again = await invite(second.id);

    await signInAs(page.context(), { email });
    await page.goto(`/${locale}/invitations/${again.id}/policy-statement`);
    await expect(page.getByRole("status").filter({ hasText: t("PolicyStatementForm.heldElsewhere", { symbol: "CL-DEMO/01" }) })).toBeVisible();
    await expect(page.getByRole("button", { name: t("PolicyStatementForm.request") })).toHaveCount(0);
    await page.getByRole("link", { name: t("PolicyStatementForm.openHeld", { symbol: "CL-DEMO/01" }) }).click();
    await expect(page).toHaveURL(new RegExp(`/invitations/${held.id}/policy-statement$`));

    // the secretariat adds a State the first letter already invites: warned, added once confirmed
    await db.invitation.create({
      data: {
        campaignId: first.id,
        editionId: first.editionId,
        memberStateCode: other,
        addresseeName: "Other",
        addresseeTitle: "Minister",
        email: uniqueEmail("other"),
        language: "en",
        status: "SENT",
        sentAt: new Date(),
      },
    });
    const admin = await browser.newContext();
    await signInAs(admin, { role: "SECRETARIAT" });
    const adminPage = await admin.newPage();
    await adminPage.goto(`/${locale}/admin/invitations/${second.id}`);
    const form = adminPage.locator("#addressee");
    await form.getByLabel(t("InvitationAdmin.country")).fill(other);
    await form.getByLabel(t("InvitationAdmin.name")).fill("Hon. Addressee");
    await form.getByLabel(t("InvitationAdmin.addresseeTitle")).fill("Minister");
    await form.getByLabel(t("InvitationAdmin.email")).fill(uniqueEmail("second-letter"));
    await form.getByRole("button", { name: t("InvitationAdmin.add") }).click();
    const confirm = form.getByLabel(t("InvitationAdmin.confirmOtherCampaign"));
    await expect(confirm).toHaveAccessibleDescription(t("InvitationValidation.alsoInvitedIn", { symbols: "CL-DEMO/01" }));
    expect(await db.invitation.count({ where: { campaignId: second.id, memberStateCode: other } })).toBe(0);
    await confirm.check();
    await form.getByRole("button", { name: t("InvitationAdmin.add") }).click();
    await expect.poll(() => db.invitation.count({ where: { campaignId: second.id, memberStateCode: other } })).toBe(1);
    await admin.close();
  });
}

test("a statement as a PDF is checked by its content: a renamed web page is refused, a PDF is stored", async ({ page }) => {
  const db = await e2eDb();
  const invitation = await sentInvitation("CL-DEMO/01", "CO", true);
  await signInAs(page.context(), { email: invitation.email });
  await page.goto(`/en/invitations/${invitation.id}/policy-statement`);
  await page.getByLabel("Speaker").fill("Test Speaker");
  await page.getByLabel("Title or rank").fill("Vice-Minister");
  await page.getByLabel("Protocol category").selectOption("DEPUTY_MINISTER");
  await page.getByRole("button", { name: "Request a slot" }).click();
  await expect(page.getByText("Request saved.")).toBeVisible();

  const file = page.getByLabel("Or a PDF file (900 KB at most)");
  await file.setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><body>not a pdf</body></html>") });
  await page.getByRole("button", { name: "Submit the statement" }).click();
  await expect(page.locator("#statement-form-file-error").getByText("Only PDF files are accepted.")).toBeVisible();

  const pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  await page.getByLabel("Or a PDF file (900 KB at most)").setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await page.getByRole("button", { name: "Submit the statement" }).click();
  await expect(page.getByText("Statement saved.")).toBeVisible();

  const statement = await db.policyStatement.findUniqueOrThrow({ where: { invitationId: invitation.id }, include: { file: true } });
  expect([statement.status, statement.file?.mimeType, statement.file?.filename]).toEqual(["SUBMITTED", "application/pdf", "statement.pdf"]);
  const download = await page.request.get(`/en/policy-statements/${statement.id}/file`);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="statement.pdf"; filename*=UTF-8''statement.pdf`);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(`http://localhost:${process.env.E2E_PORT}/en/policy-statements/${statement.id}/file`)).status()).toBe(404);
  await anonymous.close();
});

test("a failed confirmation keeps every field, and each error stays under its own member when a row is removed", async ({ page }) => {
  const db = await e2eDb();
  const invitation = await sentInvitation("CL-DEMO/01", "NA", false);
  await signInAs(page.context(), { email: invitation.email });
  await page.goto(`/en/invitations/${invitation.id}`);
  const row = (legend: string) => page.getByRole("group", { name: legend, exact: true });
  const fill = async (legend: string, values: { name: string; title: string; gender: string; attendance: string; email?: string }) => {
    await row(legend).getByLabel("Name", { exact: true }).fill(values.name);
    await row(legend).getByLabel("Title or function", { exact: true }).fill(values.title);
    await row(legend).getByLabel("Gender", { exact: true }).selectOption(values.gender);
    await row(legend).getByLabel("Participation", { exact: true }).selectOption(values.attendance);
    if (values.email) await row(legend).getByLabel("E-mail (optional)", { exact: true }).fill(values.email);
  };
  await fill("Head of delegation", { name: "Netumbo Shilongo", title: "Minister", gender: "FEMALE", attendance: "REMOTE" });
  await page.getByRole("button", { name: "Add a member" }).click();
  await fill("Member 2", { name: "Peter Amadhila", title: "", gender: "MALE", attendance: "ON_SITE" });
  await page.getByRole("button", { name: "Add a member" }).click();
  await fill("Member 3", { name: "Selma Nangolo", title: "Adviser", gender: "FEMALE", attendance: "REMOTE", email: "not-an-address" });

  await page.getByRole("button", { name: "Confirm participation" }).click();

  // every field as the delegate left it: text, the two selects of each row
  const summary = page.getByRole("alert").filter({ hasText: "Some fields need your attention" });
  await expect(summary).toContainText("Some fields need your attention");
  await expect(summary).toBeFocused();
  await expect(row("Head of delegation").getByLabel("Participation", { exact: true })).toHaveValue("REMOTE");
  await expect(row("Head of delegation").getByLabel("Gender", { exact: true })).toHaveValue("FEMALE");
  await expect(row("Member 2").getByLabel("Name", { exact: true })).toHaveValue("Peter Amadhila");
  await expect(row("Member 2").getByLabel("Gender", { exact: true })).toHaveValue("MALE");
  await expect(row("Member 3").getByLabel("Participation", { exact: true })).toHaveValue("REMOTE");
  await expect(row("Member 3").getByLabel("E-mail (optional)", { exact: true })).toHaveValue("not-an-address");
  // each error under its own field, and linked from the summary
  await expect(row("Member 2").getByLabel("Title or function", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(row("Member 3").getByLabel("E-mail (optional)", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(row("Member 3").getByLabel("Title or function", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link").first().click();
  await expect(row("Member 2").getByLabel("Title or function", { exact: true })).toBeFocused();

  // remove member 2: member 3 becomes "Member 2" and keeps its own error, not the removed row's
  await page.getByRole("button", { name: "Remove member 2" }).click();
  await expect(row("Member 2").getByLabel("Name", { exact: true })).toHaveValue("Selma Nangolo");
  await expect(row("Member 2").getByLabel("E-mail (optional)", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(row("Member 2").getByLabel("Title or function", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await row("Member 2").getByLabel("E-mail (optional)", { exact: true }).fill("selma.nangolo@example.org");
  await page.getByRole("button", { name: "Confirm participation" }).click();

  await expect(page).toHaveURL(/\?saved=1$/);
  const confirmation = await db.participationConfirmation.findUniqueOrThrow({
    where: { invitationId: invitation.id },
    include: { members: { orderBy: { position: "asc" } } },
  });
  expect(confirmation.members.map((m) => [m.name, m.gender, m.attendance, m.email])).toEqual([
    ["Netumbo Shilongo", "FEMALE", "REMOTE", null],
    ["Selma Nangolo", "FEMALE", "REMOTE", "selma.nangolo@example.org"],
  ]);
});

test("a draft save keeps every field of the delegation as it was", async ({ page }) => {
  const invitation = await sentInvitation("CL-DEMO/01", "BW", false);
  await signInAs(page.context(), { email: invitation.email });
  await page.goto(`/en/invitations/${invitation.id}`);
  const head = page.getByRole("group", { name: "Head of delegation", exact: true });
  await head.getByLabel("Name", { exact: true }).fill("Thato Masire");
  await head.getByLabel("Title or function", { exact: true }).fill("Minister");
  await head.getByLabel("Gender", { exact: true }).selectOption("MALE");
  await head.getByLabel("Participation", { exact: true }).selectOption("REMOTE");

  await page.getByRole("button", { name: "Save as draft" }).click();

  await expect(page.getByRole("status").filter({ hasText: "draft" })).toBeVisible();
  await expect(head.getByLabel("Name", { exact: true })).toHaveValue("Thato Masire");
  await expect(head.getByLabel("Title or function", { exact: true })).toHaveValue("Minister");
  await expect(head.getByLabel("Gender", { exact: true })).toHaveValue("MALE");
  await expect(head.getByLabel("Participation", { exact: true })).toHaveValue("REMOTE");
});

for (const locale of ["en", "ar"] as const) {
  test(`${locale}: a campaign that fails validation keeps every field, the error under the subject it belongs to`, async ({ page }) => {
    const t = createTranslator({ locale, messages: messages[locale], timeZone: "Europe/Zurich" });
    const db = await e2eDb();
    const demo = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } });
    const symbol = `CL-KEEP/${crypto.randomBytes(3).toString("hex")}`;
    await signInAs(page.context(), { role: "SECRETARIAT" });
    await page.goto(`/${locale}/admin/invitations`);

    const subjectEn = page.getByLabel(t("InvitationAdmin.subjectIn", { language: "English" }));
    const subjectAr = page.getByLabel(t("InvitationAdmin.subjectIn", { language: "العربية" }));
    await page.getByLabel(t("InvitationAdmin.edition")).selectOption(demo.id);
    await page.getByLabel(t("InvitationAdmin.symbol")).fill(symbol);
    await page.getByLabel(t("InvitationAdmin.letterDate")).fill("2031-12-06");
    await subjectAr.fill("دعوة إلى المنتدى");
    await page.getByLabel(t("InvitationAdmin.responseDeadline")).fill("2032-01-15");
    await page.getByLabel(t("InvitationAdmin.statementDeadline")).fill("2032-02-15");
    await page.getByRole("button", { name: t("InvitationAdmin.createCampaign") }).click();

    await expect(page.getByRole("alert").filter({ hasText: t("Validation.required") })).toBeFocused();
    await expect(subjectEn).toHaveAttribute("aria-invalid", "true");
    await expect(subjectEn).toHaveAccessibleDescription(new RegExp(t("Validation.required").replace(/[.?]/g, "\\$&")));
    await expect(page.getByLabel(t("InvitationAdmin.edition"))).toHaveValue(demo.id);
    await expect(page.getByLabel(t("InvitationAdmin.symbol"))).toHaveValue(symbol);
    await expect(page.getByLabel(t("InvitationAdmin.symbol"))).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(t("InvitationAdmin.letterDate"))).toHaveValue("2031-12-06");
    await expect(subjectAr).toHaveValue("دعوة إلى المنتدى");
    await expect(page.getByLabel(t("InvitationAdmin.responseDeadline"))).toHaveValue("2032-01-15");
    await expect(page.getByLabel(t("InvitationAdmin.statementDeadline"))).toHaveValue("2032-02-15");
    expect(await db.invitationCampaign.count({ where: { symbol } })).toBe(0);

    // created: said so, and "send all" cannot be pressed while there is nothing to send, with the reason
    await subjectEn.fill("Invitation to the Forum");
    await page.getByRole("button", { name: t("InvitationAdmin.createCampaign") }).click();
    await expect(page.getByRole("status")).toHaveText(t("InvitationAdmin.created"));
    const sendAll = page.getByRole("button", { name: t("InvitationAdmin.sendAll", { count: 0 }) });
    await expect(sendAll).toBeDisabled();
    await expect(sendAll).toHaveAccessibleDescription(t("InvitationAdmin.sendAllNoAddressees"));
    expect(await db.invitationCampaign.count({ where: { symbol } })).toBe(1);
  });
}

test("a CSV the check refuses keeps its text, with the error under the text area", async ({ page }) => {
  const db = await e2eDb();
  const campaign = await db.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-DEMO/01" } });
  await signInAs(page.context(), { role: "SECRETARIAT" });
  await page.goto(`/en/admin/invitations/${campaign.id}/import`);
  const text = page.getByLabel("Content of the file");
  await text.fill("nation;person\nKenya;Someone");
  await page.getByRole("button", { name: "Check the file" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention" })).toBeVisible();
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveValue("nation;person\nKenya;Someone");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
});

test("a failed profile keeps every field (the country too), and names a near-duplicate organisation in the same round as the missing name", async ({
  page,
}) => {
  const db = await e2eDb();
  const unique = crypto.randomBytes(3).toString("hex");
  const existing = `Kenya Digital Rights Network ${unique}`;
  await db.organisation.create({ data: { name: existing, normalizedName: existing.toLowerCase(), stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "GH" } });
  await signInAs(page.context(), { role: "STAKEHOLDER" });
  await page.goto("/en/profile");

  // the labels end with "(required)"
  const name = page.getByLabel("Full name");
  const country = page.getByLabel("Country");
  await page.getByLabel("Job title (optional)").fill("Policy officer");
  await page.getByLabel("Stakeholder type").selectOption("CIVIL_SOCIETY");
  await country.selectOption("KE");
  await page.getByLabel("Preferred language").selectOption("fr");
  const createNew = page.getByLabel("My organisation is not listed: add it");
  if (await createNew.count()) await createNew.check();
  await page.getByLabel("Name of your organisation").fill(`Kenya Digital Rights Network ${unique}.`);
  await page.getByRole("button", { name: "Save my profile" }).click();

  // the name is missing and the organisation looks like one already listed: both said at once,
  // and nothing chosen went back to the stored value
  const confirm = page.getByLabel("My organisation is different: add it");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/This field is required/);
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(confirm).toHaveAccessibleDescription(new RegExp(`${existing} \\(GH\\)`));
  await expect(country).toHaveValue("KE");
  await expect(country).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Job title (optional)")).toHaveValue("Policy officer");
  await expect(page.getByLabel("Stakeholder type")).toHaveValue("CIVIL_SOCIETY");
  await expect(page.getByLabel("Preferred language")).toHaveValue("fr");
  if (await createNew.count()) await expect(createNew).toBeChecked();
  await expect(page.getByLabel("Name of your organisation")).toHaveValue(`Kenya Digital Rights Network ${unique}.`);

  await name.fill("Wanjiru Kamau");
  await confirm.check();
  await page.getByRole("button", { name: "Save my profile" }).click();
  await expect(page).toHaveURL(/\/en\/consultation\?notice=profileSaved/);
  const user = await db.user.findFirstOrThrow({
    where: { name: "Wanjiru Kamau", countryCode: "KE" },
    include: { organisation: true },
    orderBy: { createdAt: "desc" },
  });
  expect([user.preferredLanguage, user.organisation?.name]).toEqual(["fr", `Kenya Digital Rights Network ${unique}.`]);
});

test("the statement's request and text keep every field after an error, each error under its field", async ({ page }) => {
  const invitation = await sentInvitation("CL-DEMO/01", await uninvitedState("CL-DEMO/01"), true);
  await signInAs(page.context(), { email: invitation.email });
  await page.goto(`/en/invitations/${invitation.id}/policy-statement`);

  await page.getByLabel("Speaker").fill("<b>Thato</b>");
  await page.getByLabel("Title or rank").fill("Minister of Communications");
  await page.getByLabel("Protocol category").selectOption("MINISTER");
  await page.getByLabel("Language of delivery").selectOption("fr");
  await page.getByRole("button", { name: "Request a slot" }).click();
  await expect(page.getByLabel("Speaker")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Speaker")).toHaveAccessibleDescription(/plain text only/);
  await expect(page.getByLabel("Speaker")).toHaveValue("<b>Thato</b>");
  await expect(page.getByLabel("Title or rank")).toHaveValue("Minister of Communications");
  await expect(page.getByLabel("Title or rank")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Protocol category")).toHaveValue("MINISTER");
  await expect(page.getByLabel("Language of delivery")).toHaveValue("fr");

  await page.getByLabel("Speaker").fill("Thato Masire");
  await page.getByRole("button", { name: "Request a slot" }).click();
  await expect(page.getByText("Request saved.")).toBeVisible();

  // over the word limit, with a PDF chosen: the text and the chosen file are both still there
  const over = Array.from({ length: 501 }, (_, i) => `word${i}`).join(" ");
  const text = page.getByLabel("Text of the statement");
  await text.fill(over);
  const pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  await page.getByLabel("Or a PDF file (900 KB at most)").setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await page.getByRole("button", { name: "Submit the statement" }).click();
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveValue(over);
  await expect(page.getByLabel("Or a PDF file (900 KB at most)")).not.toHaveAttribute("aria-invalid", "true");
  expect(await page.getByLabel("Or a PDF file (900 KB at most)").evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe("statement.pdf");
});

test("a refused decline keeps its reason, the error under it", async ({ page }) => {
  const db = await e2eDb();
  const invitation = await sentInvitation("CL-DEMO/01", await uninvitedState("CL-DEMO/01"), false);
  await signInAs(page.context(), { email: invitation.email });
  await page.goto(`/en/invitations/${invitation.id}`);
  const reason = page.getByLabel("Reason (optional)");
  await reason.fill("We <cannot> attend this year.");
  await page.getByRole("button", { name: "Decline the invitation" }).click();

  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription(/plain text only/);
  await expect(reason).toHaveValue("We <cannot> attend this year.");
  expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).not.toBe("DECLINED");
  expect(await db.participationConfirmation.count({ where: { invitationId: invitation.id } })).toBe(0);
});

/** A Member State the campaign has not invited yet (runs share the database). */
async function uninvitedState(symbol: string) {
  const db = await e2eDb();
  const campaign = await db.invitationCampaign.findFirstOrThrow({ where: { symbol } });
  const invited = await db.invitation.findMany({ where: { campaignId: campaign.id }, select: { memberStateCode: true } });
  const free = await db.memberState.findMany({
    where: { code: { notIn: invited.map((i) => i.memberStateCode) } },
    select: { code: true },
    orderBy: { code: "asc" },
  });
  return free[Math.floor(Math.random() * free.length)].code;
}
