// Documents and the venue, in English and Arabic: an accredited participant's e-badge page (photo,
// QR code, the code under it) and badge PDF; the secretariat approves the visa support letter, the
// participant downloads it and its text is read back (names in Chinese and Arabic); the check-in
// desk refuses a forged code (error under the field, the desk kept), checks the badge in by its
// typed code, shows the photo and name, and says so when the same badge comes again. The camera is
// allowed on the check-in page only.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { readPdfText } from "../helpers/pdf-text";
import { e2eDb, expect, signInAs, test, uniqueEmail, waitForMail } from "./support";

type Locale = "en" | "ar";
const messages = (area: string, locale: Locale) => JSON.parse(fs.readFileSync(path.resolve(`lib/i18n/messages/${area}.${locale}.json`), "utf8"));
const msg = (area: string, locale: Locale, key: string): string =>
  key.split(".").reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, messages(area, locale)) as unknown as string;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const people = {
  en: { givenNames: "小明", familyName: "王", organisation: "Министерство цифрового развития", letter: "EN" as const, nationality: "CN" },
  ar: { givenNames: "فاطمة", familyName: "الزهراء", organisation: "وزارة الاتصالات", letter: "FR" as const, nationality: "EG" },
};

async function arrange(locale: Locale) {
  const db = await e2eDb();
  const edition = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true, year: true } });
  const person = people[locale];
  const org = `${person.organisation} ${crypto.randomBytes(3).toString("hex")}`;
  const organisation = await db.organisation.create({
    data: { name: org, normalizedName: org.toLowerCase(), stakeholderTypeCode: "GOVERNMENT", countryCode: person.nationality },
  });
  const user = await db.user.create({
    data: { email: uniqueEmail(`venue-${locale}`), name: `${person.givenNames} ${person.familyName}`, emailVerified: new Date(), preferredLanguage: locale },
  });
  const photo = await sharp({ create: { width: 300, height: 375, channels: 3, background: "#6b8fb3" } })
    .jpeg()
    .toBuffer();
  const registration = await db.forumRegistration.create({
    data: {
      editionId: edition.id,
      userId: user.id,
      givenNames: person.givenNames,
      familyName: person.familyName,
      honorific: "MS",
      organisationId: organisation.id,
      stakeholderTypeCode: "GOVERNMENT",
      countryCode: person.nationality,
      gender: "FEMALE",
      attendance: "ON_SITE",
      privacyConsentAt: new Date(),
      status: "ACCREDITED",
      category: "DELEGATE",
      badgeCode: crypto.randomBytes(16).toString("base64url"),
      locale,
      accreditedAt: new Date(),
      photo: new Uint8Array(photo),
    },
  });
  await db.visaLetterRequest.create({
    data: {
      registrationId: registration.id,
      nationality: person.nationality,
      passportNumber: `P${crypto.randomInt(1e6, 1e7)}`,
      passportExpiry: new Date(Date.UTC(2034, 4, 30)),
      dateOfBirth: new Date(Date.UTC(1984, 1, 29)),
      swissRepresentation: locale === "en" ? "Embassy of Switzerland in Beijing" : "Ambassade de Suisse au Caire",
      letterLanguage: person.letter,
    },
  });
  return { edition, user, registration, fullName: `${person.givenNames} ${person.familyName}`, organisation: org };
}

for (const locale of ["en", "ar"] as const) {
  test(`badge, visa letter and check-in by typed code (${locale})`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const t = (area: string, key: string) => msg(area, locale, key);
    const { edition, user, fullName, organisation } = await arrange(locale);

    // the participant's e-badge
    await signInAs(page.context(), { email: user.email });
    await page.goto(`/${locale}/registration/${edition.year}/badge`);
    await expect(page.getByText(fullName, { exact: true })).toBeVisible();
    await expect(page.getByText(organisation)).toBeVisible();
    await expect(page.getByRole("img", { name: t("registration", "Badge.qrAlt") })).toBeVisible();
    await expect(page.getByRole("img", { name: t("registration", "Badge.photoAlt") })).toBeVisible();
    const token = (await page.getByTestId("badge-token").textContent())!.trim();
    expect(token).toMatch(new RegExp(`^WSIS1\\.${edition.year}\\.`));
    const badgePdf = await page.request.get(`/${locale}/registration/${edition.year}/badge.pdf`);
    expect(badgePdf.headers()["content-type"]).toBe("application/pdf");
    expect((await readPdfText(await badgePdf.body())).lines).toEqual(expect.arrayContaining([fullName, organisation, token]));

    // the secretariat approves the visa support letter
    const staff = await browser.newContext();
    const admin = await staff.newPage();
    await signInAs(staff, { role: "SECRETARIAT" });
    await admin.goto(`/${locale}/admin/visa-letters?edition=${edition.year}`);
    const row = admin.getByRole("row").filter({ hasText: fullName });
    await row.getByRole("button", { name: t("registration", "AdminVisaLetters.approve") }).click();
    await row.getByRole("button", { name: msg("admin", locale, "AdminCommon.confirm") }).click();
    // the row now offers the letter under its reference
    const download = row.getByRole("link", { name: /WSIS\d{4}-VL-[A-Z2-9]{8}/ });
    // drawing the letter (fonts of several scripts) takes a few seconds on a busy machine
    await expect(download).toBeVisible({ timeout: 60_000 });
    const reference = (await download.textContent())!.match(/WSIS\d{4}-VL-[A-Z2-9]{8}/)![0];
    const adminCopy = await admin.request.get((await download.getAttribute("href"))!);
    expect(adminCopy.status()).toBe(200);
    const mail = await waitForMail(user.email, new RegExp(escape(fill(t("registration", "VisaLetterMail.subject.approved"), { year: String(edition.year) }))));
    expect(mail.text).toContain(reference);

    // the participant downloads it; its text holds their name, in its script, and the reference
    await page.reload();
    await expect(page.getByText(fill(t("registration", "Badge.visaApproved"), { reference }))).toBeVisible();
    const letter = await page.request.get(`/${locale}/registration/${edition.year}/visa-letter.pdf`);
    expect(letter.status()).toBe(200);
    const text = await readPdfText(await letter.body());
    expect(text.lines).toContain(fullName);
    expect(text.all).toContain(locale === "en" ? `Our ref. ${reference}` : `Notre réf. ${reference}`);

    // check-in at the venue: the camera is allowed on this page only
    const desk = await admin.goto(`/${locale}/admin/check-in?edition=${edition.year}`);
    expect(desk!.headers()["permissions-policy"]).toContain("camera=(self)");
    const code = admin.getByRole("textbox", { name: new RegExp(`^${escape(t("registration", "CheckIn.code"))}`) });
    const deskName = admin.getByRole("textbox", { name: new RegExp(`^${escape(t("registration", "CheckIn.desk"))}`) });
    // the page focuses the code field once it has hydrated (a hand-held scanner types into it):
    // typing before that could be lost while the page takes over the form
    await expect(code).toBeFocused();
    await deskName.fill("Desk A");
    const [v, y, c, s] = token.split(".");
    await code.fill([v, y, c, `${s[0] === "A" ? "B" : "A"}${s.slice(1)}`].join("."));
    await code.press("Enter");
    await expect(admin.locator("#check-in-code-error")).toHaveText(t("registration", "CheckIn.forged"));
    await expect(deskName).toHaveValue("Desk A");

    await code.fill(token);
    await admin.getByRole("button", { name: t("registration", "CheckIn.submit") }).click();
    await expect(admin.getByRole("heading", { name: t("registration", "CheckIn.recorded") })).toBeVisible();
    await expect(admin.getByText(fullName, { exact: true })).toBeVisible();
    await expect(admin.getByRole("img", { name: fill(t("registration", "CheckIn.photoOf"), { name: fullName }) })).toBeVisible();
    await expect(deskName).toHaveValue("Desk A");
    await expect(code).toHaveValue("");

    await code.fill(token);
    await code.press("Enter");
    await expect(admin.getByRole("heading", { name: new RegExp(escape(t("registration", "CheckIn.already").split("{")[0].trim())) })).toBeVisible();
    const db = await e2eDb();
    expect(await db.checkIn.count({ where: { registration: { userId: user.id } } })).toBe(1);

    // another desk checks someone in: this desk's count for the day follows, without a reload
    const today = new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Zurich" }).format(new Date())}T00:00:00Z`);
    const otherDesk = await arrange(locale);
    await db.checkIn.create({ data: { registrationId: otherDesk.registration.id, day: today, desk: "Desk B" } });
    const checkedInToday = await db.checkIn.count({ where: { day: today, registration: { editionId: edition.id } } });
    const todayCount = admin.getByRole("table").getByRole("row").last().getByRole("cell").last();
    await expect.poll(async () => Number(await todayCount.textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(checkedInToday);

    const other = await admin.goto(`/${locale}/admin/visa-letters?edition=${edition.year}`);
    expect(other!.headers()["permissions-policy"]).toContain("camera=()");
    await staff.close();
  });
}
