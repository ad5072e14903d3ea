// The secretariat's journey, in English and Arabic: review with revisions requested, the
// submitter edits and resubmits, accept; two workshops merged; an accepted workshop placed in the
// agenda with a clash warned, published and shown on the public agenda; a phase moved and its
// registrants mailed. Then every admin page with axe, and a decision taken with the keyboard alone.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { e2eDb, expect, linksIn, mailCount, signInAs, test, uniqueEmail, waitForMail } from "./support";

type Locale = "en" | "ar";
const messages = (area: string, locale: Locale) => JSON.parse(fs.readFileSync(path.resolve(`lib/i18n/messages/${area}.${locale}.json`), "utf8"));
/** A message of the given area, or its key when that language is not written yet (next-intl shows the key). */
function message(area: string, locale: Locale, key: string): string {
  const value = key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), messages(area, locale));
  return typeof value === "string" ? value : key;
}
const admin = (locale: Locale, key: string) => message("admin", locale, key);

let counter = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${process.pid}${counter++}`;

async function demoEdition() {
  const db = await e2eDb();
  return db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true, year: true, startDate: true } });
}

/** A stakeholder with a complete profile (the consultation refuses to save without one). */
async function stakeholder(language: Locale) {
  const db = await e2eDb();
  const email = uniqueEmail(`submitter-${language}`);
  const name = unique("Organisation");
  const org = await db.organisation.create({ data: { name, normalizedName: name.toLowerCase(), stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE" } });
  return db.user.create({
    data: {
      email,
      name: language === "ar" ? "ليلى حسن" : "Amina Diallo",
      emailVerified: new Date(),
      preferredLanguage: language,
      organisationId: org.id,
      stakeholderTypeCode: "CIVIL_SOCIETY",
      countryCode: "KE",
    },
  });
}

async function submission(args: {
  editionId: string;
  authorId: string;
  organisationId: string | null;
  kind: "CONTRIBUTION" | "WORKSHOP_REQUEST";
  status: "DRAFT" | "SUBMITTED" | "ACCEPTED";
  title: string;
  language: Locale;
  speakers?: string[];
  attachment?: string;
}) {
  const db = await e2eDb();
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const file = args.attachment
    ? await db.storedFile.create({
        data: { ownerId: args.authorId, filename: args.attachment, mimeType: "application/pdf", size: pdf.length, sha256: "0".repeat(64), data: pdf },
      })
    : null;
  return db.submission.create({
    data: {
      attachmentId: file?.id,
      sdgs: { connect: [{ number: 9 }] },
      reference: unique("E2E").replace(" ", "-").toUpperCase(),
      editionId: args.editionId,
      kind: args.kind,
      status: args.status,
      authorId: args.authorId,
      organisationId: args.organisationId,
      countryCode: "KE",
      title: args.title,
      normalizedTitle: args.title.toLowerCase(),
      summary: "A short summary of the proposal.",
      body: "The text of the proposal, in a few words.",
      language: args.language,
      topic: args.kind === "CONTRIBUTION" ? "THEMATIC_ASPECTS" : null,
      submittedAt: new Date(),
      actionLines: { connect: [{ code: "C4" }] },
      participants: {
        create: (args.speakers ?? []).map((name, i) => ({
          role: "SPEAKER" as const,
          position: i + 1,
          name,
          organisationName: "Org",
          stakeholderTypeCode: "CIVIL_SOCIETY",
          gender: "FEMALE" as const,
        })),
      },
    },
  });
}

/** "2027-03-01T10:00" a week from now, as a datetime-local input wants it (read as Geneva time). */
const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16);

/** Submits an admin form and answers its confirmation step. */
async function submitAndConfirm(page: Page, locale: Locale, button: string | RegExp) {
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("button", { name: admin(locale, "AdminCommon.confirm") }).click();
}

for (const locale of ["en", "ar"] as const) {
  test.describe(`secretariat (${locale})`, () => {
    test("requests revisions, the submitter edits and resubmits, then the contribution is accepted", async ({ page, browser }) => {
      const edition = await demoEdition();
      const author = await stakeholder(locale);
      const title = locale === "ar" ? unique("مساهمة بشأن الشمول الرقمي") : unique("Contribution on digital inclusion");
      const s = await submission({
        editionId: edition.id,
        authorId: author.id,
        organisationId: author.organisationId,
        kind: "CONTRIBUTION",
        status: "SUBMITTED",
        title,
        language: locale,
        attachment: "impact-study.pdf",
      });
      // a colleague of the same organisation submits a similar title meanwhile: the resubmission is not held back by it
      const db = await e2eDb();
      const colleague = await db.user.create({
        data: {
          email: uniqueEmail(`colleague-${locale}`),
          name: "Colleague",
          emailVerified: new Date(),
          organisationId: author.organisationId,
          stakeholderTypeCode: "CIVIL_SOCIETY",
          countryCode: "KE",
        },
      });
      await submission({
        editionId: edition.id,
        authorId: colleague.id,
        organisationId: author.organisationId,
        kind: "CONTRIBUTION",
        status: "SUBMITTED",
        title: `${title} (rev.)`,
        language: locale,
      });
      await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail(`reviewer-${locale}`) });

      await page.goto(`/${locale}/admin/submissions?edition=${edition.year}&q=${encodeURIComponent(title)}`);
      await page.getByRole("link", { name: s.reference }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      // everything the submitter gave, in the reviewer's language: SDG titles, the attachment (a download, audited)
      await expect(page.getByText(`${message("admin", locale, "AdminReview.sdgNumber").replace("{number}", "9")}:`)).toBeVisible();
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "impact-study.pdf" }).click();
      expect((await download).suggestedFilename()).toBe("impact-study.pdf");
      await expect.poll(async () => (await e2eDb()).auditEntry.count({ where: { entityId: s.id, action: "file.downloaded" } })).toBe(1);
      await page.locator("#decision").getByLabel(admin(locale, "AdminReview.outcome"), { exact: true }).selectOption("REQUEST_REVISIONS");
      await page.locator("#decision").getByLabel(admin(locale, "AdminReview.revisionDueAt")).fill(nextWeek());
      await page
        .locator("#decision")
        .getByLabel(admin(locale, "AdminReview.message"), { exact: true })
        .fill(locale === "ar" ? "يرجى توضيح الأثر المتوقع." : "Please say what impact you expect.");
      await page.getByRole("button", { name: admin(locale, "AdminReview.decide") }).click();
      await expect(page.getByRole("status")).toContainText(admin(locale, "AdminReview.done.decided"));
      const history = page.getByRole("region", { name: admin(locale, "AdminReview.history") });
      await expect(history).toContainText(admin(locale, "AuditAction.submission.decided"));
      await expect(history).toContainText(admin(locale, "AuditAction.file.downloaded"));
      await expect(history).not.toContainText("submission.decided");

      const mail = await waitForMail(author.email);
      expect(mail.text).toContain(locale === "ar" ? "يرجى توضيح الأثر المتوقع." : "Please say what impact you expect.");
      const link = linksIn(mail).find((l) => l.includes(`/consultation/submissions/${s.id}`));
      expect(link).toBeTruthy();

      const submitterContext = await browser.newContext();
      await signInAs(submitterContext, { email: author.email });
      const submitter = await submitterContext.newPage();
      // "My consultation" says by when; the submission's page shows the request and the reviewer's message
      await submitter.goto(`/${locale}/consultation`);
      await expect(submitter.getByRole("row", { name: new RegExp(title) })).toContainText(
        message("consultation", locale, "MyConsultation.reviseBy").split("{when}")[0].trim(),
      );
      await submitter.goto(new URL(link!).pathname);
      const request = submitter.getByRole("region", { name: message("consultation", locale, "SubmissionPage.revisionRequest.title") });
      await expect(request).toContainText(locale === "ar" ? "يرجى توضيح الأثر المتوقع." : "Please say what impact you expect.");
      await expect(request).toContainText(message("consultation", locale, "SubmissionPage.revisionsUntil").split("{when}")[0].trim());
      await submitter.getByLabel(message("consultation", locale, "SubmissionForm.title")).fill(`${title} (rev.)`);
      await submitter.getByRole("button", { name: message("consultation", locale, "SubmissionForm.resubmit") }).click();
      await expect(submitter.getByRole("heading", { level: 1 })).toHaveText(`${title} (rev.)`);
      await submitterContext.close();
      await expect.poll(async () => (await db.submission.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("SUBMITTED");

      await page.goto(`/${locale}/admin/submissions/${s.id}`);
      await expect(page.getByRole("heading", { level: 1, name: `${title} (rev.)` })).toBeVisible();
      await page.locator("#decision").getByLabel(admin(locale, "AdminReview.outcome"), { exact: true }).selectOption("ACCEPT");
      await page.getByRole("button", { name: admin(locale, "AdminReview.decide") }).click();
      await expect(page.getByRole("status")).toContainText(admin(locale, "AdminReview.done.decided"));
      await expect.poll(async () => (await db.submission.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("ACCEPTED");
      expect(await db.auditEntry.count({ where: { entityId: s.id, action: "submission.decided" } })).toBe(2);
    });

    test("merges two workshops, places the accepted one in the agenda, is warned of a clash and publishes it", async ({ page }) => {
      const edition = await demoEdition();
      const db = await e2eDb();
      const author = await stakeholder(locale);
      const keepTitle = unique(locale === "ar" ? "حلقة عمل عن البيانات المفتوحة" : "Workshop on open data");
      const keep = await submission({
        editionId: edition.id,
        authorId: author.id,
        organisationId: author.organisationId,
        kind: "WORKSHOP_REQUEST",
        status: "SUBMITTED",
        title: keepTitle,
        language: locale,
        speakers: ["Grace Mwangi"],
      });
      const other = await submission({
        editionId: edition.id,
        authorId: author.id,
        organisationId: author.organisationId,
        kind: "WORKSHOP_REQUEST",
        status: "SUBMITTED",
        title: unique("Open data workshop"),
        language: "en",
      });
      const room = await db.room.create({ data: { editionId: edition.id, name: { en: unique("Room") }, capacity: 50 } });
      const day = edition.startDate.toISOString().slice(0, 10);
      const [y, m, d] = day.split("-").map(Number) as [number, number, number];
      const busyTitle = unique("Busy session");
      // 10:00 Geneva on the first day, whatever the season (the clash only needs the same instants)
      const startsAt = new Date(Date.UTC(y, m - 1, d, 8, 0));
      await db.agendaSession.create({
        data: {
          editionId: edition.id,
          slug: `busy-${Date.now()}-${counter++}`,
          roomId: room.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          track: "FORUM",
          type: "THEMATIC",
          title: { en: busyTitle },
          speakers: [{ name: "Someone Else" }],
        },
      });
      await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail(`agenda-${locale}`) });

      await page.goto(`/${locale}/admin/submissions/${other.id}`);
      await page.locator("#decision").getByLabel(admin(locale, "AdminReview.outcome"), { exact: true }).selectOption("MERGE");
      await page.locator("#decision").getByLabel(admin(locale, "AdminReview.target"), { exact: true }).fill(keep.reference);
      await page.getByRole("button", { name: admin(locale, "AdminReview.decide") }).click();
      await expect(page.getByRole("status")).toContainText(admin(locale, "AdminReview.done.decided"));
      expect(await db.submission.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "MERGED", mergedIntoId: keep.id });

      await page.goto(`/${locale}/admin/submissions/${keep.id}`);
      await page.locator("#decision").getByLabel(admin(locale, "AdminReview.outcome"), { exact: true }).selectOption("ACCEPT");
      await page.getByRole("button", { name: admin(locale, "AdminReview.decide") }).click();
      await expect(page.getByRole("status")).toContainText(admin(locale, "AdminReview.done.decided"));

      await page.goto(`/${locale}/admin/agenda?edition=${edition.year}`);
      const place = page.locator("#place-submission");
      await place.getByLabel(admin(locale, "AdminAgenda.acceptedSubmission")).selectOption(keep.id);
      await place.getByLabel(admin(locale, "AdminAgenda.room"), { exact: true }).selectOption(room.id);
      await place.getByLabel(admin(locale, "AdminAgenda.day"), { exact: true }).selectOption(day);
      const startHour = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Zurich" }).format(startsAt);
      await place.getByLabel(admin(locale, "AdminAgenda.startTime")).fill(startHour);
      await place.getByLabel(admin(locale, "AdminAgenda.endTime")).fill(`${String(Number(startHour.slice(0, 2)) + 1).padStart(2, "0")}:00`);
      await place.getByRole("button", { name: admin(locale, "AdminAgenda.place") }).click();
      // the clash is listed among the warnings at the top of the page
      await expect(page.locator('section[aria-labelledby="warnings"]')).toContainText(busyTitle);
      await expect(page.locator('section[aria-labelledby="warnings"]')).toContainText(keepTitle);

      await page.reload();
      await expect(page.getByRole("heading", { name: admin(locale, "AdminAgenda.publishTitle") })).toBeVisible();
      await submitAndConfirm(page, locale, admin(locale, "AdminAgenda.publish"));
      await expect(page.locator("#publish-agenda").getByRole("status")).toBeVisible();

      // the publish purges the cached agenda; a rendering another test started just before it
      // can still be stored after the purge, and is served for its 15 s lifetime
      // (app/[locale]/(cached)/layout.tsx): the published session shows within that
      await expect
        .poll(
          async () => {
            await page.goto(`/${locale}/forums/${edition.year}/agenda`);
            return page.getByText(keepTitle).count();
          },
          { timeout: 40_000, intervals: [1_000, 2_000, 5_000] },
        )
        .toBeGreaterThan(0);
      await expect(page.getByText(keepTitle).first()).toBeVisible();
    });

    test("moves a phase date, and the meeting's registrants are mailed in their language", async ({ page }) => {
      const edition = await demoEdition();
      const db = await e2eDb();
      const number = 100 + Math.floor(Math.random() * 1e6);
      const startsAt = new Date(Date.now() + 20 * 86_400_000);
      const phaseTitle = unique(locale === "ar" ? "اجتماع حضوري" : "Physical meeting");
      const phase = await db.consultationPhase.create({
        data: {
          editionId: edition.id,
          number,
          kind: "PHYSICAL_MEETING",
          title: { en: phaseTitle, ar: phaseTitle },
          description: { en: "A meeting at ITU headquarters." },
          startsAt,
          datesIndicative: true,
        },
      });
      const meeting = await db.meeting.create({
        data: {
          editionId: edition.id,
          phaseId: phase.id,
          title: { en: phaseTitle },
          venue: { en: "ITU, Geneva" },
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        },
      });
      const registrant = await stakeholder(locale);
      await db.meetingRegistration.create({ data: { meetingId: meeting.id, userId: registrant.id, mode: "REMOTE", status: "REGISTERED" } });
      await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail(`dates-${locale}`) });

      await page.goto(`/${locale}/admin/editions/${edition.year}`);
      const form = page.locator(`#phase-form-${phase.id}`);
      await expect(page.locator(`article:has(#phase-form-${phase.id})`)).toContainText(registrant.email);
      const moved = new Date(startsAt.getTime() + 7 * 86_400_000);
      const value = new Intl.DateTimeFormat("sv-SE", {
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "Europe/Zurich",
      })
        .format(moved)
        .replace(" ", "T");
      await form.getByLabel(admin(locale, "AdminEditions.startsAt")).fill(value);
      await submitAndConfirm(page, locale, admin(locale, "AdminEditions.savePhase").replace("{number}", String(number)));
      await expect(form.getByRole("status")).toBeVisible();

      const mail = await waitForMail(registrant.email);
      expect(mail.subject).toContain(phaseTitle);
      const newStart = (await db.consultationPhase.findUniqueOrThrow({ where: { id: phase.id } })).startsAt;
      expect(newStart.getTime()).toBe(Math.floor(moved.getTime() / 60_000) * 60_000);
      // the meeting started with the phase, and moved with it
      expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).startsAt).toEqual(
        new Date(startsAt.getTime() + (newStart.getTime() - startsAt.getTime())),
      );
    });
  });
}

test.describe("admin pages", () => {
  const tours = {
    "every admin page": [
      "",
      "/submissions",
      "/editions",
      "/agenda",
      "/statistics",
      "/mail",
      "/mail/reminders",
      "/exports",
      "/audit",
      "/staff",
      "/editions/{year}",
    ],
    "every Forum registration page": [
      "/registrations",
      "/registrations/queue",
      "/registrations/focal-points",
      "/registrations/organisations",
      "/registrations/statistics",
      "/registrations/data-protection",
      "/visa-letters",
      "/check-in",
    ],
  };

  for (const [tour, pages] of Object.entries(tours))
    for (const locale of ["en", "ar"] as const) {
      test(`${tour} in ${locale} answers and passes axe`, async ({ page }) => {
        const edition = await demoEdition();
        await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail(`axe-${locale}`) });
        for (const p of pages) {
          // page.goto runs axe on each page (tests/e2e/support.ts)
          const response = await page.goto(`/${locale}/admin${p.replace("{year}", String(edition.year))}`);
          expect(response?.status(), p).toBe(200);
          await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        }
      });
    }

  test("a decision can be taken with the keyboard alone", async ({ page }) => {
    const edition = await demoEdition();
    const author = await stakeholder("en");
    const s = await submission({
      editionId: edition.id,
      authorId: author.id,
      organisationId: author.organisationId,
      kind: "CONTRIBUTION",
      status: "SUBMITTED",
      title: unique("Keyboard contribution"),
      language: "en",
    });
    await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("keyboard") });
    await page.goto(`/en/admin/submissions/${s.id}`);

    const outcome = page.locator("#decision").getByLabel("Decision", { exact: true });
    for (let i = 0; i < 120 && !(await outcome.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(outcome).toBeFocused();
    await page.keyboard.press("ArrowDown"); // Accept -> Decline
    for (let i = 0; i < 10 && !(await page.getByRole("button", { name: "Record the decision" }).evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");

    await expect(page.getByRole("status")).toContainText("Decision recorded");
    const db = await e2eDb();
    expect((await db.submission.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("DECLINED");
  });

  test("the staff removal asks for confirmation, which the keyboard can give", async ({ page }) => {
    const db = await e2eDb();
    const colleague = await db.user.create({ data: { email: uniqueEmail("colleague"), role: "SECRETARIAT", emailVerified: new Date() } });
    await db.session.create({ data: { sessionToken: `e2e-${colleague.id}`, userId: colleague.id, expires: new Date(Date.now() + 3600_000) } });
    await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("remover") });
    await page.goto("/en/admin/staff");

    await page.getByRole("button", { name: `Remove ${colleague.email}` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expect(page.getByRole("button", { name: "Yes, go ahead" })).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page.getByRole("status")).toContainText("1 session was ended");
    await expect(page.getByRole("button", { name: `Remove ${colleague.email}` })).toHaveCount(0);
    expect(await db.session.count({ where: { userId: colleague.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).role).toBe("STAKEHOLDER");
  });
});

// Each admin form on the form kit: a refused submit keeps every field as it was (text, select,
// date, time, checkbox), and each error sits under its own field (aria-invalid on that control).
test.describe("admin forms keep what was typed after an error", () => {
  /** The control is marked invalid and its description (the error under it) says `text`. */
  async function expectErrorUnder(control: ReturnType<Page["getByLabel"]>, text: string) {
    await expect(control).toHaveAttribute("aria-invalid", "true");
    await expect(control).toHaveAccessibleDescription(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  }

  test("a 'Request revisions' refused for a missing date stays 'Request revisions', so the next click cannot accept", async ({ page }) => {
    const edition = await demoEdition();
    const author = await stakeholder("en");
    const s = await submission({
      editionId: edition.id,
      authorId: author.id,
      organisationId: author.organisationId,
      kind: "CONTRIBUTION",
      status: "SUBMITTED",
      title: unique("Revisions contribution"),
      language: "en",
    });
    await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("revisions") });
    await page.goto(`/en/admin/submissions/${s.id}`);
    const form = page.locator("#decision");
    const outcome = form.getByLabel("Decision", { exact: true });
    const due = form.getByLabel("Revisions due (Geneva time)");
    const note = form.getByLabel("Message to the submitter", { exact: true });

    await outcome.selectOption("REQUEST_REVISIONS");
    await note.fill("Please add the expected impact.");
    await form.getByRole("button", { name: "Record the decision" }).click();

    await expect(form.getByRole("alert")).toContainText("This field is required.");
    await expectErrorUnder(due, "This field is required.");
    await expect(outcome).not.toHaveAttribute("aria-invalid", "true");
    await expect(outcome).toHaveValue("REQUEST_REVISIONS");
    await expect(note).toHaveValue("Please add the expected impact.");
    const db = await e2eDb();
    expect((await db.submission.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("SUBMITTED");

    // the next click, with the date given, requests revisions: it cannot accept
    await due.fill(nextWeek());
    await form.getByRole("button", { name: "Record the decision" }).click();
    await expect(page.getByRole("status")).toContainText("Decision recorded");
    expect((await db.submission.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("REVISIONS_REQUESTED");
    const mail = await waitForMail(author.email);
    expect(mail.text).toContain("Please add the expected impact.");
  });

  test("the edition editor's new phase keeps its number, kind, title and ticks; errors sit under the number and the date", async ({ page }) => {
    const edition = await demoEdition();
    await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("phase-form") });
    await page.goto(`/en/admin/editions/${edition.year}`);
    const form = page.locator("#add-phase");
    const number = form.getByLabel("Number");
    const kind = form.getByLabel("Kind of phase");
    const title = form.getByLabel("Title");
    const startsAt = form.getByLabel("Starts (Geneva time)");
    const indicative = form.getByLabel("Indicative: may still change");

    // a date and time is typed on the 24-hour clock whatever the browser's locale
    await expect(startsAt).toHaveAttribute("type", "text");
    await number.fill("0");
    await kind.selectOption("DEADLINE");
    await title.fill("A phase that is not saved");
    await indicative.uncheck();
    await form.getByRole("button", { name: "Add a phase" }).click();

    await expectErrorUnder(number, "This value is not valid.");
    await expectErrorUnder(startsAt, "Enter a valid date.");
    await expect(kind).not.toHaveAttribute("aria-invalid", "true");
    await expect(title).not.toHaveAttribute("aria-invalid", "true");
    await expect(number).toHaveValue("0");
    await expect(kind).toHaveValue("DEADLINE");
    await expect(title).toHaveValue("A phase that is not saved");
    await expect(indicative).not.toBeChecked();
    const db = await e2eDb();
    expect(await db.consultationPhase.count({ where: { editionId: edition.id, number: 0 } })).toBe(0);
  });

  test("the agenda's new session keeps its selects, times and speakers; errors sit under the title and the end", async ({ page }) => {
    const edition = await demoEdition();
    await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("session-form") });
    await page.goto(`/en/admin/agenda?edition=${edition.year}`);
    const form = page.locator("#new-session-form");
    const title = form.getByLabel("Title");
    const track = form.getByLabel("Track");
    const type = form.getByLabel("Type");
    const day = form.getByLabel("Day", { exact: true });
    const start = form.getByLabel("Starts (Geneva time)");
    const end = form.getByLabel("Ends (Geneva time)");
    const speakers = form.getByLabel("Speakers");

    await track.selectOption("FORUM");
    await type.selectOption("NETWORKING");
    const lastDay = await day.locator("option").last().getAttribute("value");
    await day.selectOption(lastDay!);
    // times are typed on the 24-hour clock whatever the browser's locale (no "02:00 PM")
    await expect(start).toHaveAttribute("type", "text");
    await expect(start).toHaveAttribute("inputmode", "numeric");
    await start.fill("15:00");
    await end.fill("14:00");
    await speakers.fill("Grace Mwangi | Director | Open Data Kenya");
    await form.getByRole("button", { name: "Add the session" }).click();

    await expectErrorUnder(title, "This field is required.");
    await expectErrorUnder(end, "This value is not valid.");
    await expect(start).not.toHaveAttribute("aria-invalid", "true");
    await expect(track).toHaveValue("FORUM");
    await expect(type).toHaveValue("NETWORKING");
    await expect(day).toHaveValue(lastDay!);
    await expect(start).toHaveValue("15:00");
    await expect(end).toHaveValue("14:00");
    await expect(speakers).toHaveValue("Grace Mwangi | Director | Open Data Kenya");
  });

  test("the staff invitation keeps the name and the language; the error sits under the address", async ({ page }) => {
    await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("staff-form") });
    await page.goto("/en/admin/staff");
    const form = page.locator("#invite-staff");
    const email = form.getByLabel("E-mail address");
    const name = form.getByLabel("Name");
    const language = form.getByLabel("Language of the invitation");

    await email.fill("not-an-address");
    await name.fill("Nadia Benali");
    await language.selectOption("fr");
    await form.getByRole("button", { name: "Send the invitation" }).click();

    await expectErrorUnder(email, "Enter a valid e-mail address");
    await expect(name).not.toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveValue("not-an-address");
    await expect(name).toHaveValue("Nadia Benali");
    await expect(language).toHaveValue("fr");
  });

  test("the reminders form keeps the round after the confirmation and an error under it", async ({ page }) => {
    const edition = await demoEdition();
    const db = await e2eDb();
    // someone to remind: a draft in a window of the demo edition that is open now
    const now = new Date();
    const window = await db.deadline.findFirstOrThrow({
      where: {
        editionId: edition.id,
        kind: { in: ["CONTRIBUTION", "WORKSHOP_REQUEST"] },
        closesAt: { gt: now },
        OR: [{ opensAt: null }, { opensAt: { lte: now } }],
      },
    });
    const author = await stakeholder("en");
    await submission({
      editionId: edition.id,
      authorId: author.id,
      organisationId: author.organisationId,
      kind: window.kind as "CONTRIBUTION" | "WORKSHOP_REQUEST",
      status: "DRAFT",
      title: unique("Unfinished draft"),
      language: "en",
    });
    await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("mail-form") });
    await page.goto(`/en/admin/mail/reminders?kind=drafts&edition=${edition.year}`);
    const form = page.locator("#send-reminders");
    const round = form.getByLabel("Reminder round");

    await round.fill("round one!");
    await form.getByRole("button", { name: /^Send / }).click();
    await form.getByRole("button", { name: "Yes, go ahead" }).click();

    await expectErrorUnder(round, "This value is not valid.");
    await expect(round).toHaveValue("round one!");
    expect(await mailCount(author.email)).toBe(0);
  });
});
