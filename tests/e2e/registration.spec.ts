// Forum registration, end to end, in English and Arabic: a participant fills the registration
// form with the keyboard alone (photo and visa request included); a failed validation (a text
// file named .jpg, an HTML name, an expired passport, no consent) keeps every field and puts
// each error under its field; a 20 MB photo is refused in the browser and a 10,000 × 10,000 px
// one by the server; then the secretariat accredits from its queue and the participant sees it;
// the same registration's e-badge (QR code), its check-in by the typed code, and its visa letter
// approved and read back from the PDF.
import type { Locator, Page } from "@playwright/test";
import adminAr from "../../lib/i18n/messages/admin.ar.json" with { type: "json" };
import adminEn from "../../lib/i18n/messages/admin.en.json" with { type: "json" };
import coreAr from "../../lib/i18n/messages/core.ar.json" with { type: "json" };
import coreEn from "../../lib/i18n/messages/core.en.json" with { type: "json" };
import enumsAr from "../../lib/i18n/messages/enums.ar.json" with { type: "json" };
import enumsEn from "../../lib/i18n/messages/enums.en.json" with { type: "json" };
import ar from "../../lib/i18n/messages/registration.ar.json" with { type: "json" };
import en from "../../lib/i18n/messages/registration.en.json" with { type: "json" };
import { blackPng, portraitPng } from "../helpers/images";
import { readPdfText } from "../helpers/pdf-text";
import { e2eDb, expect, expectAccessible, signInAs, test, uniqueEmail, waitForMail } from "./support";

const messages = {
  en: { ...en, ...coreEn, ...enumsEn, AdminCommon: adminEn.AdminCommon },
  ar: { ...ar, ...coreAr, ...enumsAr, AdminCommon: adminAr.AdminCommon },
} as const;
const YEAR = 2027;
const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Moves the focus with Tab (never the mouse) until it reaches the control. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 250; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("the control cannot be reached with Tab");
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

/** Chooses an option of a closed select with the keyboard: arrow keys from where it stands. */
async function chooseWithKeys(page: Page, select: Locator, value: string) {
  await tabTo(page, select);
  const target = await select.locator(`option[value="${value}"]`).evaluate((o) => (o as HTMLOptionElement).index);
  const current = await select.evaluate((s) => (s as HTMLSelectElement).selectedIndex);
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(target > current ? "ArrowDown" : "ArrowUp");
  await expect(select).toHaveValue(value);
}

/** Checks a radio of a group with the keyboard: into the group with Tab, then arrow keys. */
async function radioWithKeys(page: Page, name: string, value: string) {
  const group = page.locator(`input[type=radio][name="${name}"]`);
  const wanted = page.locator(`input[type=radio][name="${name}"][value="${value}"]`);
  for (let i = 0; i < 250 && !(await group.evaluateAll((els) => els.includes(document.activeElement as HTMLInputElement))); i++)
    await page.keyboard.press("Tab");
  for (let i = 0; i < 8 && !(await wanted.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(wanted).toBeChecked();
}

/**
 * Types a date into a date input with the keyboard. The order of its parts follows the browser's
 * own locale (month first in Debian's Chromium here): month-day-year is tried, then day-month-year
 * after going back to the first part (Shift+Tab moves between the parts).
 */
async function typeDate(page: Page, input: Locator, iso: string) {
  const [y, m, d] = iso.split("-");
  await tabTo(page, input);
  await page.keyboard.type(`${m}${d}${y}`);
  if ((await input.inputValue()) === iso) return;
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.type(`${d}${m}${y}`);
  await expect(input).toHaveValue(iso);
}

/** Opens the file chooser from the keyboard and gives it a file. */
async function chooseFile(page: Page, input: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
  // waiting for the chooser first makes Playwright intercept the browser's file dialog; asked for
  // only as Space was pressed, the interception could come after the dialog, which a headless
  // browser then opened for no one (the test waited until its timeout, 1 run in 3)
  const chooser = page.waitForEvent("filechooser");
  await tabTo(page, input);
  await page.keyboard.press("Space");
  await (await chooser).setFiles(file);
}

const field = (page: Page, name: string) => page.locator(`#registration-${name}`);
const errorOf = (page: Page, name: string) => page.locator(`#registration-${name}-error`);

for (const locale of ["en", "ar"] as const) {
  const t = messages[locale];

  test(`a participant registers with a photo and a visa request, keyboard only, and is accredited from the queue (${locale})`, async ({ page, browser }) => {
    test.setTimeout(240_000);
    const db = await e2eDb();
    const id = suffix();
    const email = uniqueEmail(`register-${locale}`);
    const organisation = await db.organisation.create({
      data: { name: `Registration Org ${id}`, normalizedName: `registration org ${id}`, stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE" },
    });
    const user = await signInAs(page.context(), { email, name: "Amina Otieno" });
    await db.user.update({
      where: { id: user.id },
      data: { organisationId: organisation.id, stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE", preferredLanguage: locale },
    });
    const given = locale === "ar" ? "أمينة" : "Amina";
    const family = `${locale === "ar" ? "أوتينو" : "Otieno"} ${id.replace(/[0-9]/g, "")}`;
    const reason =
      locale === "ar" ? "أنسّق شبكات مجتمعية في المناطق الريفية (خط العمل C2)." : "I coordinate community networks in rural areas (Action Line C2).";

    await page.goto(`/${locale}/registration/${YEAR}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.locator("body").focus();

    // everything with the keyboard, with four mistakes: an HTML name, a text file named .jpg,
    // an expired passport, no consent
    await chooseWithKeys(page, field(page, "honorific"), "MS");
    await typeInto(page, field(page, "givenNames"), "<b>Amina</b>");
    await typeInto(page, field(page, "familyName"), family);
    await typeInto(page, field(page, "jobTitle"), "Coordinator");
    await chooseWithKeys(page, field(page, "organisationId"), organisation.id);
    await chooseWithKeys(page, field(page, "stakeholderTypeCode"), "CIVIL_SOCIETY");
    await chooseWithKeys(page, field(page, "countryCode"), "KE");
    await radioWithKeys(page, "gender", "FEMALE");
    await radioWithKeys(page, "attendance", "ON_SITE");
    await typeInto(page, field(page, "accessibilityNeeds"), "Step-free access");
    await chooseFile(page, field(page, "photo"), { name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("this is not an image") });
    await typeInto(page, field(page, "interestReason"), reason);
    await radioWithKeys(page, "priorParticipation", "yes");
    await tabTo(page, field(page, "visaRequested"));
    await page.keyboard.press("Space");
    await chooseWithKeys(page, field(page, "nationality"), "KE");
    await typeInto(page, field(page, "passportNumber"), "AK1234567");
    await typeDate(page, field(page, "passportExpiry"), "2020-12-31");
    await typeDate(page, field(page, "dateOfBirth"), "1985-04-02");
    await typeInto(page, field(page, "swissRepresentation"), "Embassy of Switzerland in Nairobi");
    await radioWithKeys(page, "letterLanguage", "FR");
    const submit = page.getByRole("button", { name: t.Registration.submit, exact: true });
    await tabTo(page, submit);
    await page.keyboard.press("Enter");

    // each error under its field, in the page's language
    await expect(errorOf(page, "givenNames")).toHaveText(t.RegistrationValidation.nameCharacters);
    await expect(errorOf(page, "passportExpiry")).toHaveText(t.RegistrationValidation.passportExpired);
    await expect(errorOf(page, "privacyConsent")).toHaveText(t.RegistrationValidation.privacyConsent);
    // the summary at the top has the focus (Next's route announcer is an alert too: find ours by its text)
    await expect(page.getByRole("alert").filter({ hasText: t.Errors.VALIDATION })).toBeFocused();
    // the photo is checked by the server only once the rest passes; nothing was saved
    expect(await db.forumRegistration.count({ where: { userId: user.id } })).toBe(0);
    // every field kept what was given: text, select, radio, checkbox, textarea, date, file
    await expect(field(page, "givenNames")).toHaveValue("<b>Amina</b>");
    await expect(field(page, "familyName")).toHaveValue(family);
    await expect(field(page, "honorific")).toHaveValue("MS");
    await expect(field(page, "organisationId")).toHaveValue(organisation.id);
    await expect(field(page, "countryCode")).toHaveValue("KE");
    await expect(page.locator('input[name="gender"][value="FEMALE"]')).toBeChecked();
    await expect(page.locator('input[name="attendance"][value="ON_SITE"]')).toBeChecked();
    await expect(page.locator('input[name="priorParticipation"][value="yes"]')).toBeChecked();
    await expect(page.locator('input[name="letterLanguage"][value="FR"]')).toBeChecked();
    await expect(field(page, "visaRequested")).toBeChecked();
    await expect(field(page, "accessibilityNeeds")).toHaveValue("Step-free access");
    await expect(field(page, "interestReason")).toHaveValue(reason);
    await expect(field(page, "nationality")).toHaveValue("KE");
    await expect(field(page, "passportNumber")).toHaveValue("AK1234567");
    await expect(field(page, "passportExpiry")).toHaveValue("2020-12-31");
    await expect(field(page, "dateOfBirth")).toHaveValue("1985-04-02");
    expect(await field(page, "photo").evaluate((el) => (el as HTMLInputElement).files?.[0]?.name)).toBe("photo.jpg");
    await expectAccessible(page);

    // fix the three: the server now reads the photo and refuses it by its content
    await typeInto(page, field(page, "givenNames"), given);
    await typeDate(page, field(page, "passportExpiry"), "2035-12-31");
    await tabTo(page, field(page, "privacyConsent"));
    await page.keyboard.press("Space");
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    await expect(errorOf(page, "photo")).toHaveText(t.RegistrationValidation.photoType);
    await expect(field(page, "familyName")).toHaveValue(family);

    // 20 MB: refused in the browser, before anything is sent
    await chooseFile(page, field(page, "photo"), { name: "big.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(20 * 1024 * 1024) });
    await expect(errorOf(page, "photo")).toHaveText(t.Registration.photoTooLargeHere);
    // 10,000 × 10,000 px (a small file): refused by the server from the image's header
    await chooseFile(page, field(page, "photo"), { name: "huge.png", mimeType: "image/png", buffer: blackPng(10_000, 10_000) });
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    await expect(errorOf(page, "photo")).toHaveText(t.RegistrationValidation.photoTooManyPixels);
    await expect(field(page, "passportNumber")).toHaveValue("AK1234567");
    await expect(field(page, "privacyConsent")).toBeChecked();

    // a real photo: registered, waiting for the secretariat
    await chooseFile(page, field(page, "photo"), { name: "me.png", mimeType: "image/png", buffer: await portraitPng() });
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: t.Registration.notice.saved })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(t.Enum.ForumRegistrationStatus.PENDING, { exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: t.Registration.currentPhoto })).toBeVisible();
    await expectAccessible(page);
    const registration = await db.forumRegistration.findFirstOrThrow({ where: { userId: user.id }, include: { visaLetter: true } });
    expect(registration).toMatchObject({ status: "PENDING", givenNames: given, familyName: family, locale });
    expect(registration.visaLetter).toMatchObject({ nationality: "KE", passportNumber: "AK1234567", letterLanguage: "FR", status: "REQUESTED" });

    // the secretariat accredits from its queue
    const staff = await browser.newContext({ baseURL: `http://localhost:${process.env.E2E_PORT}`, locale: "en-GB", timezoneId: "America/New_York" });
    const admin = await staff.newPage();
    await signInAs(staff, { role: "SECRETARIAT", email: uniqueEmail("accreditor") });
    await admin.goto(`/${locale}/admin/registrations/queue`);
    await expectAccessible(admin);
    const card = admin.getByRole("article", { name: new RegExp(family) });
    await expect(card).toContainText(reason);
    await card.getByLabel(new RegExp(`^${t.AccreditationQueue.category}`)).selectOption("SPEAKER");
    await card.getByRole("button", { name: t.AccreditationQueue.accredit, exact: true }).click();
    await expect(admin.getByRole("status")).toHaveText(t.AccreditationQueue.accredited);
    await expect(card).toHaveCount(0);
    await staff.close();

    // the participant sees it, and is mailed in their language
    await page.goto(`/${locale}/registration/${YEAR}`);
    await expect(page.getByText(t.Enum.ForumRegistrationStatus.ACCREDITED, { exact: true })).toBeVisible();
    await expect(page.getByText(t.Registration.category.replace("{category}", t.Enum.BadgeCategory.SPEAKER))).toBeVisible();
    const mail = await waitForMail(email, new RegExp(`^${t.RegistrationMail.subject.ACCREDITED.split("{forum}")[0]}`));
    expect(mail.text).toContain(t.Enum.BadgeCategory.SPEAKER);
    await page.goto(`/${locale}/account`);
    await expect(page.getByText(t.Enum.ForumRegistrationStatus.ACCREDITED, { exact: true })).toBeVisible();

    // the same registration goes on: its e-badge with the QR code, the check-in at the venue by
    // the code typed as a hand-held scanner does, and the visa letter approved and read back
    await page.goto(`/${locale}/registration/${YEAR}/badge`);
    await expect(page.getByRole("img", { name: t.Badge.qrAlt })).toBeVisible();
    await expect(page.getByRole("img", { name: t.Badge.photoAlt })).toBeVisible();
    const token = (await page.getByTestId("badge-token").textContent())!.trim();
    expect(token).toMatch(new RegExp(`^WSIS1\\.${YEAR}\\.`));
    expect(token).not.toContain(registration.id);

    const venue = await browser.newContext({ baseURL: `http://localhost:${process.env.E2E_PORT}`, locale: "en-GB", timezoneId: "America/New_York" });
    const desk = await venue.newPage();
    await signInAs(venue, { role: "SECRETARIAT", email: uniqueEmail("desk") });
    await desk.goto(`/${locale}/admin/check-in?edition=${YEAR}`);
    await desk.getByRole("textbox", { name: new RegExp(`^${t.CheckIn.desk}`) }).fill("Desk A");
    const code = desk.getByRole("textbox", { name: new RegExp(`^${t.CheckIn.code}`) });
    await code.fill(token);
    await code.press("Enter");
    await expect(desk.getByRole("heading", { name: t.CheckIn.recorded })).toBeVisible();
    await expect(desk.getByText(`${given} ${family}`, { exact: true })).toBeVisible();
    expect(await db.checkIn.count({ where: { registrationId: registration.id } })).toBe(1);

    await desk.goto(`/${locale}/admin/visa-letters?edition=${YEAR}`);
    const row = desk.getByRole("row").filter({ hasText: family });
    await row.getByRole("button", { name: t.AdminVisaLetters.approve }).click();
    await row.getByRole("button", { name: t.AdminCommon.confirm }).click();
    const download = row.getByRole("link", { name: /WSIS\d{4}-VL-[A-Z2-9]{8}/ });
    await expect(download).toBeVisible({ timeout: 60_000 });
    const reference = (await download.textContent())!.match(/WSIS\d{4}-VL-[A-Z2-9]{8}/)![0];
    await venue.close();
    const letter = await page.request.get(`/${locale}/registration/${YEAR}/visa-letter.pdf`);
    expect(letter.status()).toBe(200);
    const text = await readPdfText(await letter.body());
    expect(text.lines).toContain(`${given} ${family}`);
    expect(text.all).toContain(`Notre réf. ${reference}`); // the letter was asked for in French
    expect(text.all).toContain("AK1234567");
  });
}

test("the secretariat accredits several registrations at once, after confirming", async ({ page }) => {
  const db = await e2eDb();
  const edition = await db.forumEdition.findUniqueOrThrow({ where: { year: YEAR } });
  const organisation = await db.organisation.create({
    data: { name: `Bulk Org ${suffix()}`, normalizedName: `bulk org ${suffix()}`, stakeholderTypeCode: "ACADEMIA", countryCode: "CH" },
  });
  const family = `Bulk ${suffix().replace(/[0-9]/g, "")}`;
  const ids: string[] = [];
  for (const given of ["Ana", "Boris"]) {
    const user = await db.user.create({ data: { email: uniqueEmail("bulk"), emailVerified: new Date() } });
    const row = await db.forumRegistration.create({
      data: {
        editionId: edition.id,
        userId: user.id,
        givenNames: given,
        familyName: family,
        honorific: "DR",
        organisationId: organisation.id,
        stakeholderTypeCode: "ACADEMIA",
        countryCode: "CH",
        gender: "UNDISCLOSED",
        attendance: "REMOTE",
        privacyConsentAt: new Date(),
        locale: "en",
        expressionOfInterest: { reason: "Research on digital inclusion.", priorParticipation: "no" },
      },
    });
    ids.push(row.id);
  }
  await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("bulk-accreditor") });
  await page.goto("/en/admin/registrations/queue");

  for (const given of ["Ana", "Boris"]) await page.getByLabel(`Select ${given} ${family} for bulk accreditation`).check();
  await page.getByRole("button", { name: en.AccreditationQueue.bulkAccredit }).click();
  await expect(page.getByRole("alertdialog")).toContainText(en.AccreditationQueue.bulkPrompt);
  await page.getByRole("button", { name: en.AccreditationQueue.bulkConfirm }).click();

  await expect(page.getByRole("status").filter({ hasText: "2 registrations accredited" })).toBeVisible();
  const rows = await db.forumRegistration.findMany({ where: { id: { in: ids } } });
  expect(rows.map((r) => r.status)).toEqual(["ACCREDITED", "ACCREDITED"]);
  expect(await db.auditEntry.count({ where: { entityId: { in: ids }, action: "registration.accredited" } })).toBe(2);
});

test("the secretariat marks an organisation for automatic accreditation, found by its name, and takes the mark away", async ({ page }) => {
  const db = await e2eDb();
  const name = `Eligible Agency ${suffix()}`;
  const organisation = await db.organisation.create({
    data: { name, normalizedName: name.toLowerCase(), stakeholderTypeCode: "INTERNATIONAL_ORGANIZATION", countryCode: "CH" },
  });
  await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("eligibility") });
  await page.goto("/en/admin/registrations/organisations");
  await page.getByRole("searchbox", { name: en.RegistrationEligibility.search }).fill(name.toLowerCase());
  await page.getByRole("button", { name: en.RegistrationEligibility.searchSubmit }).click();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell", { name: en.RegistrationEligibility.no, exact: true })).toBeVisible();

  await row.getByRole("button", { name: en.RegistrationEligibility.mark.replace("{name}", name) }).click();

  await expect(page.getByRole("status").filter({ hasText: en.RegistrationEligibility.marked })).toBeVisible();
  await expect(row.getByRole("cell", { name: en.RegistrationEligibility.yes, exact: true })).toBeVisible();
  await expect.poll(async () => (await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).accreditationEligible).toBe(true);

  await row.getByRole("button", { name: en.RegistrationEligibility.unmark.replace("{name}", name) }).click();
  await expect(page.getByRole("status").filter({ hasText: en.RegistrationEligibility.unmarked })).toBeVisible();
  await expect(row.getByRole("cell", { name: en.RegistrationEligibility.no, exact: true })).toBeVisible();
  const entries = await db.auditEntry.findMany({
    where: { entityId: organisation.id, action: "organisation.accreditation_eligibility_changed" },
    orderBy: { at: "asc" },
  });
  expect(entries.map((e) => e.data)).toEqual([{ eligible: true }, { eligible: false }]);
});
