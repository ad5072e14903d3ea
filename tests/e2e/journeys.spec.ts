// Where a journey lands (issue #12 items 16 and 17): after signing in without a destination the
// secretariat reaches its dashboard and a user with an incomplete profile the profile page, told
// why; Member-State actions are offered to the addressees of an invitation only.
import crypto from "node:crypto";
import coreAr from "../../lib/i18n/messages/core.ar.json" with { type: "json" };
import coreEn from "../../lib/i18n/messages/core.en.json" with { type: "json" };
import publicAr from "../../lib/i18n/messages/public.ar.json" with { type: "json" };
import publicEn from "../../lib/i18n/messages/public.en.json" with { type: "json" };
import { e2eDb, expect, followSignInLink, signInAs, test, uniqueEmail, waitForMail } from "./support";

/** A text in all six languages: a test edition shows up in the public archive, which every language's tour reads. */
const everywhere = (text: string) => Object.fromEntries(["ar", "zh", "en", "fr", "ru", "es"].map((l) => [l, text]));

/** A letter of its own (any Member State can be invited once per letter), with open reply and statement windows. */
async function createLetter(editionId: string) {
  const db = await e2eDb();
  const day = 24 * 3600_000;
  const window = { editionId, opensAt: new Date(Date.now() - day), closesAt: new Date(Date.now() + 30 * day) };
  return db.invitationCampaign.create({
    data: {
      editionId,
      symbol: `CL-JOURNEY/${crypto.randomBytes(4).toString("hex")}`,
      letterDate: new Date(Date.now() - 2 * day),
      subject: { en: "Invitation" },
      deadlines: {
        create: [
          { kind: "INVITATION_RESPONSE", ...window },
          { kind: "POLICY_STATEMENT", ...window },
        ],
      },
    },
  });
}

const messages = { en: { ...coreEn, ...publicEn }, ar: { ...coreAr, ...publicAr } } as const;
const locales = ["en", "ar"] as const;

/** The sign-in form of the header's "Sign in" link (no destination), then the mailed link's button. */
async function signInThroughTheForm(page: import("@playwright/test").Page, locale: "en" | "ar", email: string) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(messages[locale].SignIn.email).fill(email);
  await page.getByRole("main").getByRole("button").click();
  await followSignInLink(page, await waitForMail(email, /./));
}

for (const locale of locales) {
  const t = messages[locale];

  test(`[${locale}] a new user who signs in without a destination lands on the profile page, told to complete it`, async ({ page }) => {
    const email = uniqueEmail(`new-${locale}`);
    await signInThroughTheForm(page, locale, email);

    await expect(page).toHaveURL(new RegExp(`/${locale}/profile\\?complete=1$`));
    const prompt = page.getByRole("region", { name: t.ProfilePrompt.title });
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText(t.ProfilePrompt.welcome);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  });

  test(`[${locale}] the secretariat signing in without a destination lands on its dashboard (through the second factor)`, async ({ page }) => {
    const db = await e2eDb();
    const email = uniqueEmail(`staff-${locale}`);
    await db.user.create({ data: { email, role: "SECRETARIAT", name: "Staff Member", emailVerified: new Date() } });
    await signInThroughTheForm(page, locale, email);

    // /admin asks this new session for its second factor first, then comes back to /admin
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/second-factor\\?callbackUrl=%2F${locale}%2Fadmin$`));
  });

  test(`[${locale}] a user who asked for a page is sent there even with an incomplete profile`, async ({ page }) => {
    const email = uniqueEmail(`callback-${locale}`);
    await page.goto(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/documents`)}`);
    await page.getByLabel(t.SignIn.email).fill(email);
    await page.getByRole("main").getByRole("button").click();
    await followSignInLink(page, await waitForMail(email, /./));
    await expect(page).toHaveURL(new RegExp(`/${locale}/documents$`));
  });

  test(`[${locale}] My account shows an incomplete profile's banner, and the Member-State link only to an invitation's addressee`, async ({
    page,
    browser,
  }) => {
    const db = await e2eDb();
    await signInAs(page.context());
    await page.goto(`/${locale}/account`);
    const banner = page.getByRole("region", { name: t.ProfilePrompt.title });
    await expect(banner).toContainText(t.ProfilePrompt.banner);
    await banner.getByRole("link", { name: t.ProfilePrompt.link }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/profile$`));
    await page.goto(`/${locale}/account`);
    await expect(page.getByRole("link", { name: t.Account.myConsultation })).toBeVisible();
    await expect(page.getByRole("link", { name: t.Account.myInvitations })).toHaveCount(0);

    // a complete profile: no banner; an addressee of an invitation: the Member-State link
    const demo = await db.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-DEMO/01" } });
    const campaign = await createLetter(demo.editionId);
    const stakeholderTypeCode = (await db.stakeholderType.findFirstOrThrow()).code;
    const orgName = `Journey Organisation ${Date.now().toString(36)}`;
    const organisation = await db.organisation.create({
      data: { name: orgName, normalizedName: orgName.toLowerCase(), stakeholderTypeCode, countryCode: "UY" },
    });
    const email = uniqueEmail(`addressee-${locale}`);
    await db.invitation.create({
      data: {
        campaignId: campaign.id,
        editionId: campaign.editionId,
        memberStateCode: "UY",
        addresseeName: "Ana Pérez",
        addresseeTitle: "Directora",
        email,
        language: locale,
        status: "SENT",
        sentAt: new Date(),
        tokenHash: `e2e-${email}`,
      },
    });
    const other = await browser.newContext();
    const delegate = await other.newPage();
    await signInAs(other, { email, name: "Ana Pérez" });
    await db.user.update({ where: { email }, data: { organisationId: organisation.id, stakeholderTypeCode, countryCode: "UY" } });
    await delegate.goto(`/${locale}/account`);
    await expect(delegate.getByRole("link", { name: t.Account.myInvitations })).toBeVisible();
    await expect(delegate.getByRole("region", { name: t.ProfilePrompt.title })).toHaveCount(0);
    await other.close();
  });

  test(`[${locale}] the edition home offers no Member-State buttons to everyone, only guidance; other windows keep theirs`, async ({ page }) => {
    const db = await e2eDb();
    const year = 4000 + Math.floor(Math.random() * 5000);
    const day = 24 * 3600_000;
    const window = { opensAt: new Date(Date.now() - day), closesAt: new Date(Date.now() + 30 * day) };
    const edition = await db.forumEdition.create({
      data: {
        year,
        title: everywhere(`Journey Forum ${year}`),
        theme: everywhere("Journeys"),
        startDate: new Date(Date.UTC(2030, 5, 10)),
        endDate: new Date(Date.UTC(2030, 5, 13)),
        venue: everywhere("Geneva, Switzerland"),
        coOrganisers: ["ITU"],
        deadlines: { create: [{ kind: "CONTRIBUTION", ...window }] },
      },
    });
    // the letter's own reply and statement windows, as the invitation and statement services read them
    await createLetter(edition.id);
    await page.goto(`/${locale}/forums/${year}`);
    const open = page.getByRole("region", { name: t.PublicEdition.openNow });
    await expect(open.getByText(t.DeadlineKind.INVITATION_RESPONSE, { exact: true })).toBeVisible();
    await expect(open.getByText(t.PublicMemberStates.guidance)).toHaveCount(2);
    await expect(open.getByRole("link", { name: t.PublicAction.INVITATION_RESPONSE })).toHaveCount(0);
    await expect(open.getByRole("link", { name: t.PublicAction.POLICY_STATEMENT })).toHaveCount(0);
    await expect(open.getByRole("link", { name: t.PublicAction.CONTRIBUTION })).toBeVisible();
  });
}
