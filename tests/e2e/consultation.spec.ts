// The open consultation, end to end, in English and Arabic: sign-up by magic link, profile,
// a contribution (draft then submitted), a binding workshop request with three speakers, a
// facilitator nomination, remote registration for a meeting, and the waiting list.
import type { Page } from "@playwright/test";
import ar from "../../lib/i18n/messages/consultation.ar.json" with { type: "json" };
import en from "../../lib/i18n/messages/consultation.en.json" with { type: "json" };
import coreAr from "../../lib/i18n/messages/core.ar.json" with { type: "json" };
import coreEn from "../../lib/i18n/messages/core.en.json" with { type: "json" };
import { formatDeadline } from "../../lib/time/format";
import enumsAr from "../../lib/i18n/messages/enums.ar.json" with { type: "json" };
import enumsEn from "../../lib/i18n/messages/enums.en.json" with { type: "json" };
import { e2eDb, expect, expectAccessible, followSignInLink, signInAs, test, uniqueEmail, waitForMail } from "./support";

const messages = { en: { ...en, ...coreEn, ...enumsEn }, ar: { ...ar, ...coreAr, ...enumsAr } } as const;
type Locale = keyof typeof messages;
const YEAR = 2027;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A field's label as the kit shows it: a required field's label ends with "(required)" in the page's language. */
const labelOf = (locale: Locale, text: string) => new RegExp(`^${escape(text)}( \\(${escape(messages[locale].Form.required)}\\))?$`);
const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Fills and saves the profile form (creating the organisation, confirming past a near-duplicate). */
async function completeProfile(page: Page, locale: Locale, name: string, organisation: string) {
  const t = messages[locale].Profile;
  await page.getByLabel(t.name).fill(name);
  await page.getByLabel(t.stakeholderType).selectOption("CIVIL_SOCIETY");
  await page.getByLabel(t.country).selectOption("KE");
  await page.getByLabel(t.preferredLanguage).selectOption(locale);
  const createNew = page.getByLabel(t.createNew);
  if (await createNew.count()) await createNew.check();
  await page.getByLabel(t.newOrganisation).fill(organisation);
  await page.getByRole("button", { name: t.save }).click();
  const similar = page.getByLabel(t.confirmNew);
  if (await similar.isVisible({ timeout: 3000 }).catch(() => false)) {
    await similar.check();
    await page.getByRole("button", { name: t.save }).click();
  }
}

/** A speaker's row, by its legend ("Speaker 2"): the kit names rows by key, so rows are found by what the user sees. */
const speakerRow = (page: Page, locale: Locale, n: number) =>
  page.getByRole("group", { name: messages[locale].WorkshopForm.speakerN.replace("{n}", new Intl.NumberFormat(locale).format(n)), exact: true });

async function fillSpeaker(page: Page, locale: Locale, n: number, s: { name: string; organisation: string; gender: string; type: string; attendance: string }) {
  const t = messages[locale].WorkshopForm;
  const row = speakerRow(page, locale, n);
  await row.getByLabel(t.speakerName, { exact: true }).fill(s.name);
  await row.getByLabel(t.speakerOrganisation, { exact: true }).fill(s.organisation);
  await row.getByLabel(t.gender, { exact: true }).selectOption(s.gender);
  await row.getByLabel(t.stakeholderType, { exact: true }).selectOption(s.type);
  await row.getByLabel(t.attendanceLabel, { exact: true }).selectOption(s.attendance);
}

for (const locale of ["en", "ar"] as const) {
  const t = messages[locale];

  test(`a stakeholder takes part in the consultation (${locale})`, async ({ page, context }) => {
    test.setTimeout(180_000);
    const db = await e2eDb();
    const email = uniqueEmail(`ocp-${locale}`);
    const id = suffix();

    // Sign up through the real magic link in English; in Arabic, sign in directly.
    if (locale === "en") {
      await page.goto(`/en/sign-in`);
      await page.getByLabel(t.SignIn.email).fill(email);
      await page.getByRole("button", { name: t.SignIn.submit }).click();
      await followSignInLink(page, await waitForMail(email, /sign-in link/));
      expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("STAKEHOLDER");
    } else {
      await signInAs(context, { email });
    }

    // A new contribution needs a profile first: the form sends the user there and back.
    await page.goto(`/${locale}/consultation/${YEAR}/contributions/new`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/profile\\?returnTo=`));
    await completeProfile(
      page,
      locale,
      locale === "en" ? "Wanjiru Kamau" : "ليلى حداد",
      locale === "en" ? `Kenya ICT Action Network ${id}` : `الشبكة العربية للمجتمع الرقمي ${id}`,
    );
    await expect(page).toHaveURL(new RegExp(`/${locale}/consultation/${YEAR}/contributions/new$`));
    await expectAccessible(page);

    // Contribution: a draft first, then submitted.
    const title = locale === "en" ? `Community networks for the last mile ${id}` : `الشبكات المجتمعية للوصول إلى المناطق النائية ${id}`;
    await page.getByLabel(t.SubmissionForm.topics.THEMATIC_ASPECTS).check();
    await page.getByLabel(labelOf(locale, t.SubmissionForm.title)).fill(title);
    await page
      .getByLabel(t.SubmissionForm.summary)
      .fill(locale === "en" ? "How community networks connect rural areas." : "كيف تربط الشبكات المجتمعية المناطق الريفية.");
    if (locale === "en") {
      // the live counter counts Chinese per word in the browser too, as the server does
      await page.getByLabel(t.SubmissionForm.body, { exact: true }).fill("信息社会世界峰会");
      await expect(page.getByText("4 words of 1500 at most")).toBeVisible();
    }
    await page
      .getByLabel(t.SubmissionForm.body, { exact: true })
      .fill(locale === "en" ? "Community networks are built and run by the people they serve." : "تبني المجتمعات المحلية هذه الشبكات وتديرها بنفسها.");
    if (locale === "en") await expect(page.getByText("11 words of 1500 at most")).toBeVisible();
    await page.getByRole("checkbox", { name: /^C2 / }).check();
    // a 2 MB PDF: over the framework's default 1 MB action body, under the portal's 5 MB limit
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n%\xe2\xe3\n"), Buffer.alloc(2 * 1024 * 1024, 0x20), Buffer.from("\n%%EOF\n")]);
    await page.getByLabel(t.SubmissionForm.attachment).setInputFiles({ name: "contribution.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: t.SubmissionForm.saveDraft }).click();
    await expect(page.getByRole("status")).toHaveText(t.SubmissionPage.notice.saved);
    const download = await page.request.get((await page.getByRole("link", { name: "contribution.pdf" }).getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect((await download.body()).length).toBe(pdf.length);
    await expect(page.getByText(t.Enum.SubmissionStatus.DRAFT, { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: t.SubmissionForm.submitContribution }).click();
    await expect(page.getByRole("status")).toHaveText(t.SubmissionPage.notice.submitted);
    const contribution = await db.submission.findFirstOrThrow({ where: { title, author: { email } } });
    expect(contribution).toMatchObject({ status: "SUBMITTED", kind: "CONTRIBUTION", language: locale });
    const contributionMail = await waitForMail(email, new RegExp(escape(contribution.reference)));
    expect(contributionMail.text).toContain(title);

    // Binding workshop request with three speakers; the balance updates as they are filled in.
    await page.goto(`/${locale}/consultation/${YEAR}/workshops/new`);
    await expect(page.getByRole("heading", { name: t.WorkshopForm.bindingTitle })).toBeVisible();
    const workshopTitle = locale === "en" ? `Affordable access in small island States ${id}` : `النفاذ الميسور التكلفة في الدول الجزرية الصغيرة ${id}`;
    await page.getByLabel(labelOf(locale, t.WorkshopForm.title)).fill(workshopTitle);
    await page
      .getByLabel(t.WorkshopForm.description, { exact: true })
      .fill(locale === "en" ? "A panel on affordable access." : "حلقة نقاش عن النفاذ الميسور التكلفة.");
    await page.getByLabel(t.WorkshopForm.format, { exact: true }).selectOption("PANEL");
    await page.getByLabel(t.WorkshopForm.duration, { exact: true }).selectOption("60");
    await fillSpeaker(page, locale, 1, { name: "Grace Mutua", organisation: "KICTANet", gender: "FEMALE", type: "CIVIL_SOCIETY", attendance: "ON_SITE" });
    await page.getByRole("button", { name: t.WorkshopForm.addSpeaker }).click();
    await fillSpeaker(page, locale, 2, { name: "Omar Haddad", organisation: "Ministry of ICT", gender: "MALE", type: "GOVERNMENT", attendance: "REMOTE" });
    await page.getByRole("button", { name: t.WorkshopForm.addSpeaker }).click();
    await fillSpeaker(page, locale, 3, { name: "Mei Lin", organisation: "University of Malaya", gender: "FEMALE", type: "ACADEMIA", attendance: "ON_SITE" });
    if (locale === "en") await expect(page.getByText("3 speakers: 2 women, 1 man, 0 other or not stated; 3 stakeholder types.")).toBeVisible();
    else await expect(page.getByRole("region", { name: t.WorkshopForm.balanceTitle })).toContainText("النساء");
    await page.getByRole("checkbox", { name: /^C4 / }).check();
    await page.getByLabel(t.WorkshopForm.bindingConfirm).check();
    await expectAccessible(page);
    await page.getByRole("button", { name: t.WorkshopForm.submit }).click();
    await expect(page.getByRole("status")).toHaveText(t.SubmissionPage.notice.submitted);
    const workshop = await db.submission.findFirstOrThrow({ where: { title: workshopTitle }, include: { participants: true } });
    expect(workshop.status).toBe("SUBMITTED");
    expect(workshop.bindingConfirmedAt).not.toBeNull();
    expect(
      workshop.participants
        .filter((p) => p.role === "SPEAKER")
        .map((p) => p.gender)
        .sort(),
    ).toEqual(["FEMALE", "FEMALE", "MALE"]);
    await waitForMail(email, new RegExp(escape(workshop.reference)));

    // Facilitator nomination.
    await page.goto(`/${locale}/consultation/${YEAR}/nominations/new`);
    const nominee = locale === "en" ? `Dr Amina Diallo ${id}` : `د. سلمى العلي ${id}`;
    await page.getByLabel(t.NominationForm.nomineeName).fill(nominee);
    await page.getByLabel(t.NominationForm.nomineeEmail).fill(`nominee-${id}@example.org`);
    await page.getByLabel(t.NominationForm.nomineeOrganisation).fill("UNECA");
    await page.getByLabel(t.NominationForm.stakeholderGroup).selectOption("INTERNATIONAL_ORGANIZATION");
    await page
      .getByLabel(t.NominationForm.biography)
      .fill(locale === "en" ? "Twenty years of work on digital inclusion." : "عشرون عاماً من العمل في مجال الإدماج الرقمي.");
    await page.getByRole("button", { name: t.NominationForm.submit }).click();
    await expect(page.getByRole("status")).toHaveText(t.SubmissionPage.notice.submitted);
    const nomination = await db.submission.findFirstOrThrow({ where: { title: nominee } });
    await waitForMail(email, new RegExp(escape(nomination.reference)));
    // the same person under another name and in capitals: refused under the address, naming the nomination that exists
    await page.goto(`/${locale}/consultation/${YEAR}/nominations/new`);
    await page.getByLabel(t.NominationForm.nomineeName).fill(`A. Diallo ${id}`);
    await page.getByLabel(t.NominationForm.nomineeEmail).fill(`NOMINEE-${id}@Example.org`);
    await page.getByLabel(t.NominationForm.nomineeOrganisation).fill("UNECA");
    await page.getByLabel(t.NominationForm.stakeholderGroup).selectOption("INTERNATIONAL_ORGANIZATION");
    await page.getByLabel(t.NominationForm.biography).fill("Twenty years of work on digital inclusion.");
    await page.getByRole("button", { name: t.NominationForm.submit }).click();
    const refusal = t.ConsultationValidation.alreadyNominatedByYou
      .replace("{email}", `nominee-${id}@example.org`)
      .replace("{reference}", nomination.reference)
      .replace("{name}", nominee);
    const emailError = (await page.getByLabel(t.NominationForm.nomineeEmail).getAttribute("aria-describedby"))!.split(" ").find((d) => d.endsWith("-error"))!;
    await expect(page.locator(`#${emailError}`)).toHaveText(refusal);
    await expect(page.getByLabel(t.NominationForm.nomineeName)).toHaveValue(`A. Diallo ${id}`);
    expect(
      await db.submission.count({
        where: { editionId: nomination.editionId, kind: "FACILITATOR_NOMINATION", authorId: nomination.authorId, status: "SUBMITTED" },
      }),
    ).toBe(1);

    // Remote registration for a consultation meeting: the connection details come by mail.
    const meeting = await db.meeting.findFirstOrThrow({
      where: { edition: { year: YEAR }, capacity: 60, startsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
    });
    await page.goto(`/${locale}/consultation/${YEAR}/meetings/${meeting.id}`);
    await page.getByLabel(t.Meetings.remote, { exact: true }).check();
    await page.getByRole("button", { name: t.Meetings.register }).click();
    await expect(page.getByRole("status")).toHaveText(t.Meetings.notice.registered);
    const meetingMail = await waitForMail(email, new RegExp(escape(t.MeetingMail.subject.registered.split(":")[0]!)));
    expect(meetingMail.text).toContain(meeting.remoteDetails!);
    expect(meetingMail.text).toContain(`/api/meetings/${meeting.id}/ics`);
    const ics = await page.request.get(`/api/meetings/${meeting.id}/ics?lang=${locale}`);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toContain("BEGIN:VEVENT");

    // My consultation lists everything with its status.
    await page.goto(`/${locale}/consultation`);
    for (const s of [contribution, workshop, nomination]) await expect(page.getByRole("link", { name: s.title })).toBeVisible();
    await expect(page.getByRole("heading", { name: t.MyConsultation.deadlinesAhead })).toBeVisible();
    await expect(page.getByText(t.MyConsultation.registration.REGISTERED.match(/REMOTE \{([^}]*)\}/)![1]!)).toBeVisible();
  });

  test(`a full meeting: no mode chosen for the user, its own closing shown, the waiting list promoted when a seat holder changes to remote (${locale})`, async ({
    browser,
  }) => {
    const db = await e2eDb();
    const edition = await db.forumEdition.findUniqueOrThrow({ where: { year: YEAR } });
    const meeting = await db.meeting.create({
      data: {
        editionId: edition.id,
        title: { en: `Small consultation meeting ${suffix()}`, ar: `اجتماع تشاوري مصغّر ${suffix()}` },
        startsAt: new Date(Date.now() + 5 * 86_400_000),
        endsAt: new Date(Date.now() + 5 * 86_400_000 + 90 * 60_000),
        venue: { en: "ITU headquarters, Geneva", ar: "مقر الاتحاد الدولي للاتصالات، جنيف" },
        capacity: 1,
        remoteAvailable: true,
        remoteDetails: "https://meet.example.org/wsis",
      },
    });
    const url = `/${locale}/consultation/${YEAR}/meetings/${meeting.id}`;
    const firstContext = await browser.newContext();
    const secondContext = await browser.newContext();
    await signInAs(firstContext, { email: uniqueEmail("first") });
    const secondEmail = uniqueEmail("second");
    const second = await signInAs(secondContext, { email: secondEmail });
    await db.user.update({ where: { id: second.id }, data: { preferredLanguage: locale } });
    const first = await firstContext.newPage();
    const other = await secondContext.newPage();

    await first.goto(url);
    // how one attends is the user's choice; registration closes with the meeting, not the edition's window
    await expect(first.getByLabel(t.Meetings.inPerson, { exact: true })).not.toBeChecked();
    await expect(first.getByLabel(t.Meetings.remote, { exact: true })).not.toBeChecked();
    await expect(first.getByText(t.Consultation.openUntil.replace("{when}", formatDeadline(meeting.startsAt, locale).text))).toBeVisible();
    await first.getByLabel(t.Meetings.inPerson, { exact: true }).check();
    await first.getByRole("button", { name: t.Meetings.register }).click();
    await expect(first.getByRole("status")).toHaveText(t.Meetings.notice.registered);

    await other.goto(url);
    await other.getByLabel(t.Meetings.inPersonWaitlist).check();
    await other.getByRole("button", { name: t.Meetings.register }).click();
    await expect(other.getByRole("status")).toHaveText(t.Meetings.notice.waitlisted);
    await expectAccessible(other);

    // a change of mode in place: the seat given up goes to the first on the waiting list
    await first.getByRole("button", { name: t.Meetings.toRemote }).click();
    await expect(first.getByRole("status")).toHaveText(t.Meetings.notice.modeChanged);
    await expect(first.getByText(t.Meetings.remoteDetailsSent)).toBeVisible();
    await expect(first.getByRole("button", { name: t.Meetings.toInPerson })).toBeVisible();

    const promoted = await waitForMail(secondEmail, new RegExp(escape(t.MeetingMail.subject.promoted.split(":")[0]!)));
    expect(promoted.text).toContain(locale === "en" ? "A seat has become free" : "شغر مقعد");
    await other.reload();
    await expect(other.getByText(t.Meetings.status.REGISTERED.match(/other \{([^}]*)\}/)![1]!)).toBeVisible();
    expect((await db.meetingRegistration.findFirstOrThrow({ where: { meetingId: meeting.id, userId: second.id } })).status).toBe("REGISTERED");
    await firstContext.close();
    await secondContext.close();
  });
}

test("the secretariat records a regional input for the compilation and moderates a discussion", async ({ page, browser }) => {
  test.setTimeout(120_000); // three browser contexts and a dozen round trips: more than the default on a shared machine
  const t = messages.en;
  const db = await e2eDb();
  const id = suffix();
  await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("secretariat") });

  // A regional input, recorded on behalf of its organisers, appears in the public compilation.
  await page.goto(`/en/admin/regional-inputs/new?year=${YEAR}`);
  const eventName = `Arab Regional WSIS Forum ${id}`;
  await page.getByLabel(t.ConsultationAdmin.eventName).fill(eventName);
  await page.getByLabel(t.ConsultationAdmin.eventDate).fill("2026-10-05");
  await page.getByLabel(t.ConsultationAdmin.country, { exact: true }).selectOption("EG");
  await page.getByLabel(labelOf("en", t.ConsultationAdmin.organiserName)).fill("UN ESCWA");
  await page.getByLabel(t.ConsultationAdmin.summary, { exact: true }).fill("Outcome: priorities for digital cooperation in the Arab region.");
  await page.getByRole("button", { name: t.ConsultationAdmin.record }).click();
  await expect(page.getByRole("status")).toHaveText(t.ConsultationAdmin.recorded);
  const recorded = await db.submission.findFirstOrThrow({ where: { title: eventName } });
  expect(await db.auditEntry.count({ where: { action: "regional_input.recorded", entityId: recorded.id } })).toBe(1);
  await page.goto(`/en/forums/${YEAR}/regional-inputs`);
  await expect(page.getByRole("heading", { name: eventName })).toBeVisible();
  await expect(page.getByText("organised by UN ESCWA")).toBeVisible();

  // A topic is opened; a stakeholder's post with markup is shown as typed; a report leads to hiding it.
  await page.goto(`/en/admin/discussions`);
  const topicTitle = `Digital public infrastructure ${id}`;
  await page.getByLabel("Title (en)").fill(topicTitle);
  await page.getByLabel("Description (en)").fill("How should the Forum address digital public infrastructure?");
  await page.getByRole("button", { name: t.ConsultationAdmin.openTopic }).click();
  await expect(page.getByRole("status")).toHaveText(t.ConsultationAdmin.discussionNotice.opened);
  const topic = await db.discussionTopic.findFirstOrThrow({ where: { title: { path: ["en"], equals: topicTitle } } });

  const authorContext = await browser.newContext();
  await signInAs(authorContext, { email: uniqueEmail("poster"), name: "Poster" });
  const author = await authorContext.newPage();
  const markup = `<script>document.title="pwned"</script><b>bold?</b>`;
  await author.goto(`/en/consultation/${YEAR}/discussions/${topic.id}`);
  await author.getByLabel(t.Discussions.yourPost).fill(markup);
  await author.getByRole("button", { name: t.Discussions.publish, exact: true }).click();
  await expect(author.getByRole("paragraph").filter({ hasText: markup })).toHaveText(markup);
  expect(await author.title()).not.toBe("pwned");
  await expect(author.locator("main b")).toHaveCount(0);

  const readerContext = await browser.newContext();
  await signInAs(readerContext, { email: uniqueEmail("reader"), name: "Reader" });
  const reader = await readerContext.newPage();
  await reader.goto(`/en/consultation/${YEAR}/discussions/${topic.id}`);
  await reader.getByText(t.Discussions.report).click();
  await reader.getByLabel(t.Discussions.reportReason).fill("Markup and a script in a post");
  await reader.getByRole("button", { name: t.Discussions.sendReport }).click();
  await expect(reader.getByRole("status")).toHaveText(t.Discussions.reportedNotice);

  await page.goto(`/en/admin/discussions`);
  await expect(page.getByText(markup, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: t.ConsultationAdmin.hidePost }).first().click();
  await expect(page.getByRole("status")).toHaveText(t.ConsultationAdmin.discussionNotice.hidden);
  await reader.reload();
  await expect(reader.getByText(t.Discussions.hiddenPost)).toBeVisible();
  await expect(reader.getByText(markup)).toHaveCount(0);

  await page.goto(`/en/admin/meetings`);
  await expect(page.getByRole("heading", { name: t.ConsultationAdmin.meetingsTitle, level: 1 })).toBeVisible();
  await authorContext.close();
  await readerContext.close();
});

// ---------------------------------------------------------------------------------------------
// Nothing typed is lost: each form of the consultation after a failed submit and after a draft
// save, every field type it has (text, text area, radio, select, checkbox, rows, file), and each
// error under its own field.

/** A signed-in stakeholder whose profile is complete (the submission forms need one). */
async function stakeholder(page: Page) {
  const db = await e2eDb();
  const user = await signInAs(page.context(), { email: uniqueEmail("keeps"), name: "Achieng Odhiambo" });
  const name = `Keeps Everything Network ${suffix()}`;
  const organisation = await db.organisation.create({
    data: { name, normalizedName: name.toLowerCase(), stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE" },
  });
  await db.user.update({ where: { id: user.id }, data: { organisationId: organisation.id, stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE" } });
  return user;
}

const m = messages.en;
const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: m.Errors.VALIDATION });
const fileNameOf = (page: Page, label: string) => page.getByLabel(label, { exact: true }).evaluate((input: HTMLInputElement) => input.files?.[0]?.name ?? null);
const pdf = (size = 2048) => ({
  name: "kept.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size, 0x20), Buffer.from("\n%%EOF\n")]),
});

test("a contribution keeps every field after a failed submit (its language and its chosen file too) and after a draft save", async ({ page }) => {
  await stakeholder(page);
  const t = m.SubmissionForm;
  await page.goto(`/en/consultation/${YEAR}/contributions/new`);
  await page.getByLabel(t.topics.FORMAT_INNOVATIONS).check();
  await page.getByLabel(labelOf("en", t.title)).fill("ab");
  await page.getByLabel(t.summary, { exact: true }).fill("Remote hubs for the Forum.");
  await page.getByLabel(t.body, { exact: true }).fill("Hubs in each region, linked to Geneva.");
  await page.getByLabel(t.language, { exact: true }).selectOption("fr");
  await page.getByLabel(t.attachment).setInputFiles(pdf());
  await page.getByRole("checkbox", { name: /^C7 / }).check();
  await page.getByRole("checkbox", { name: /^9\. / }).check();

  await page.getByRole("button", { name: t.submitContribution }).click();

  await expect(summaryOf(page)).toBeFocused();
  await expect(page.getByLabel(labelOf("en", t.title))).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(t.summary, { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(t.topics.FORMAT_INNOVATIONS)).toBeChecked();
  await expect(page.getByLabel(labelOf("en", t.title))).toHaveValue("ab");
  await expect(page.getByLabel(t.summary, { exact: true })).toHaveValue("Remote hubs for the Forum.");
  await expect(page.getByLabel(t.body, { exact: true })).toHaveValue("Hubs in each region, linked to Geneva.");
  await expect(page.getByLabel(t.language, { exact: true })).toHaveValue("fr");
  await expect(page.getByRole("checkbox", { name: /^C7 / })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^9\. / })).toBeChecked();
  expect(await fileNameOf(page, t.attachment)).toBe("kept.pdf");

  const title = `Regional hubs for remote participation ${suffix()}`;
  await page.getByLabel(labelOf("en", t.title)).fill(title);
  await page.getByRole("button", { name: t.saveDraft }).click();

  await expect(page.getByRole("status")).toHaveText(m.SubmissionPage.notice.saved);
  await expect(page.getByLabel(t.topics.FORMAT_INNOVATIONS)).toBeChecked();
  await expect(page.getByLabel(labelOf("en", t.title))).toHaveValue(title);
  await expect(page.getByLabel(t.summary, { exact: true })).toHaveValue("Remote hubs for the Forum.");
  await expect(page.getByLabel(t.language, { exact: true })).toHaveValue("fr");
  await expect(page.getByRole("checkbox", { name: /^C7 / })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^9\. / })).toBeChecked();
  await expect(page.getByRole("link", { name: "kept.pdf" })).toBeVisible();

  // "look at the similar submissions" is a warning, not a success, and readable (axe checks contrast)
  await page.goto(`${new URL(page.url()).pathname}?notice=duplicates`);
  await expect(page.getByRole("status")).toHaveText(new RegExp(escape(m.SubmissionPage.notice.duplicates)));
  await expect(page.getByRole("status")).toHaveAttribute("data-tone", "warning");
  await expectAccessible(page);
});

for (const locale of ["en", "ar"] as const) {
  test(`without JavaScript, a file the browser could not keep after an error is named, to choose again (${locale})`, async ({ browser }) => {
    const t = messages[locale];
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await stakeholder(page);
    await page.goto(`/${locale}/consultation/${YEAR}/contributions/new`);
    await page.getByLabel(labelOf(locale, t.SubmissionForm.title)).fill("ab");
    await page.getByLabel(t.SubmissionForm.attachment).setInputFiles(pdf());

    await page.getByRole("button", { name: t.SubmissionForm.submitContribution }).click();

    await expect(page.getByLabel(labelOf(locale, t.SubmissionForm.title))).toHaveValue("ab");
    const attachment = page.getByLabel(t.SubmissionForm.attachment);
    await expect(attachment).toHaveAccessibleDescription(new RegExp(escape(t.Form.chooseFileAgain.replace("{file}", "kept.pdf"))));
    expect(await attachment.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
    // (axe runs as a script in the page, so it cannot check a page without JavaScript)
    await context.close();
  });
}

test("a workshop request keeps every select and row after a failed submit and a draft save; each speaker's error stays under its row", async ({ page }) => {
  const db = await e2eDb();
  await stakeholder(page);
  const t = m.WorkshopForm;
  const row = (n: number) => speakerRow(page, "en", n);
  const coOrganiser = page.getByRole("group", { name: t.coOrganiserN.replace("{n}", "1"), exact: true });
  await page.goto(`/en/consultation/${YEAR}/workshops/new`);
  const title = `Open data for local government ${suffix()}`;
  await page.getByLabel(labelOf("en", t.title)).fill(title);
  await page.getByLabel(t.description, { exact: true }).fill("Hands-on work with city data.");
  await page.getByLabel(t.format, { exact: true }).selectOption("INTERACTIVE_WORKSHOP");
  await page.getByLabel(t.duration, { exact: true }).selectOption("90");
  await page.getByLabel(t.preferredDay, { exact: true }).selectOption({ index: 2 });
  const day = await page.getByLabel(t.preferredDay, { exact: true }).inputValue();
  await page.getByLabel(m.SubmissionForm.language, { exact: true }).selectOption("es");
  await page.getByRole("button", { name: t.addCoOrganiser }).click();
  await coOrganiser.getByLabel(t.organiserName, { exact: true }).fill("Tomás Rivera");
  await coOrganiser.getByLabel(t.organiserOrganisation, { exact: true }).fill("Ciudad Abierta");
  await coOrganiser.getByLabel(t.stakeholderType, { exact: true }).selectOption("GOVERNMENT");
  await coOrganiser.getByLabel(t.country, { exact: true }).selectOption("EG");
  await fillSpeaker(page, "en", 1, { name: "Grace Mutua", organisation: "KICTANet", gender: "FEMALE", type: "CIVIL_SOCIETY", attendance: "ON_SITE" });
  await page.getByRole("button", { name: t.addSpeaker }).click(); // speaker 2 is left blank
  await page.getByRole("button", { name: t.addSpeaker }).click();
  await fillSpeaker(page, "en", 3, { name: "Ruth Banda", organisation: "", gender: "OTHER", type: "ACADEMIA", attendance: "REMOTE" });
  await page.getByRole("checkbox", { name: /^C4 / }).check();
  await page.getByRole("checkbox", { name: /^9\. / }).check();

  await page.getByRole("button", { name: t.submit }).click();

  await expect(summaryOf(page)).toBeFocused();
  // the error of the third row is on the third row: the blank second row did not take it
  await expect(row(3).getByLabel(t.speakerOrganisation, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(row(2).getByLabel(t.speakerOrganisation, { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await expect(row(1).getByLabel(t.speakerOrganisation, { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(t.bindingConfirm)).toHaveAttribute("aria-invalid", "true");
  // every field as it was
  await expect(page.getByLabel(labelOf("en", t.title))).toHaveValue(title);
  await expect(page.getByLabel(t.description, { exact: true })).toHaveValue("Hands-on work with city data.");
  await expect(page.getByLabel(t.format, { exact: true })).toHaveValue("INTERACTIVE_WORKSHOP");
  await expect(page.getByLabel(t.duration, { exact: true })).toHaveValue("90");
  await expect(page.getByLabel(t.preferredDay, { exact: true })).toHaveValue(day);
  await expect(page.getByLabel(m.SubmissionForm.language, { exact: true })).toHaveValue("es");
  await expect(coOrganiser.getByLabel(t.organiserName, { exact: true })).toHaveValue("Tomás Rivera");
  await expect(coOrganiser.getByLabel(t.stakeholderType, { exact: true })).toHaveValue("GOVERNMENT");
  await expect(coOrganiser.getByLabel(t.country, { exact: true })).toHaveValue("EG");
  await expect(row(1).getByLabel(t.speakerName, { exact: true })).toHaveValue("Grace Mutua");
  await expect(row(1).getByLabel(t.gender, { exact: true })).toHaveValue("FEMALE");
  await expect(row(1).getByLabel(t.stakeholderType, { exact: true })).toHaveValue("CIVIL_SOCIETY");
  await expect(row(1).getByLabel(t.attendanceLabel, { exact: true })).toHaveValue("ON_SITE");
  await expect(row(2).getByLabel(t.speakerName, { exact: true })).toHaveValue("");
  await expect(row(3).getByLabel(t.speakerName, { exact: true })).toHaveValue("Ruth Banda");
  await expect(row(3).getByLabel(t.gender, { exact: true })).toHaveValue("OTHER");
  await expect(row(3).getByLabel(t.stakeholderType, { exact: true })).toHaveValue("ACADEMIA");
  await expect(row(3).getByLabel(t.attendanceLabel, { exact: true })).toHaveValue("REMOTE");
  await expect(page.getByRole("checkbox", { name: /^C4 / })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^9\. / })).toBeChecked();
  await expect(page.getByLabel(t.bindingConfirm)).not.toBeChecked();

  // remove the blank row: the third speaker becomes "Speaker 2" and keeps its own error
  await page.getByRole("button", { name: t.removeSpeaker.replace("{n}", "2") }).click();
  await expect(row(2).getByLabel(t.speakerName, { exact: true })).toHaveValue("Ruth Banda");
  await expect(row(2).getByLabel(t.speakerOrganisation, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(row(1).getByLabel(t.speakerOrganisation, { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await row(2).getByLabel(t.speakerOrganisation, { exact: true }).fill("University of Zambia");

  await page.getByRole("button", { name: m.SubmissionForm.saveDraft }).click();

  // the draft, read back from storage, shows every field and row as the user left it
  await expect(page.getByRole("status")).toHaveText(m.SubmissionPage.notice.saved);
  await expect(page.getByLabel(t.format, { exact: true })).toHaveValue("INTERACTIVE_WORKSHOP");
  await expect(page.getByLabel(t.duration, { exact: true })).toHaveValue("90");
  await expect(page.getByLabel(t.preferredDay, { exact: true })).toHaveValue(day);
  await expect(page.getByLabel(m.SubmissionForm.language, { exact: true })).toHaveValue("es");
  await expect(coOrganiser.getByLabel(t.country, { exact: true })).toHaveValue("EG");
  await expect(row(1).getByLabel(t.attendanceLabel, { exact: true })).toHaveValue("ON_SITE");
  await expect(row(2).getByLabel(t.speakerOrganisation, { exact: true })).toHaveValue("University of Zambia");
  await expect(row(2).getByLabel(t.gender, { exact: true })).toHaveValue("OTHER");
  await expect(row(2).getByLabel(t.attendanceLabel, { exact: true })).toHaveValue("REMOTE");
  await expect(row(3)).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /^C4 / })).toBeChecked();

  await page.getByLabel(t.bindingConfirm).check();
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByRole("status")).toHaveText(m.SubmissionPage.notice.submitted);
  const saved = await db.submission.findFirstOrThrow({
    where: { title },
    include: { participants: { where: { role: "SPEAKER" }, orderBy: { position: "asc" } } },
  });
  expect(saved.participants.map((p) => [p.name, p.organisationName, p.gender, p.attendance])).toEqual([
    ["Grace Mutua", "KICTANet", "FEMALE", "ON_SITE"],
    ["Ruth Banda", "University of Zambia", "OTHER", "REMOTE"],
  ]);
});

test("a nomination keeps every field after a failed submit and after a draft save", async ({ page }) => {
  await stakeholder(page);
  const t = m.NominationForm;
  const nominee = `Dr Nadia Karimova ${suffix()}`;
  await page.goto(`/en/consultation/${YEAR}/nominations/new`);
  await page.getByLabel(t.nomineeName).fill(nominee);
  await page.getByLabel(t.nomineeEmail).fill("not-an-address");
  await page.getByLabel(t.nomineeOrganisation).fill("Digital Silk Road Institute");
  await page.getByLabel(t.stakeholderGroup).selectOption("ACADEMIA");
  await page.getByLabel(t.country).selectOption("EG");
  await page.getByLabel(t.biography).fill("Fifteen years of research on digital inclusion.");
  await page.getByLabel(t.motivation).fill("She chairs discussions well.");
  await page.getByLabel(m.SubmissionForm.language, { exact: true }).selectOption("ru");

  await page.getByRole("button", { name: t.submit }).click();

  await expect(summaryOf(page)).toBeFocused();
  await expect(page.getByLabel(t.nomineeEmail)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(t.nomineeName)).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(t.nomineeName)).toHaveValue(nominee);
  await expect(page.getByLabel(t.nomineeEmail)).toHaveValue("not-an-address");
  await expect(page.getByLabel(t.nomineeOrganisation)).toHaveValue("Digital Silk Road Institute");
  await expect(page.getByLabel(t.stakeholderGroup)).toHaveValue("ACADEMIA");
  await expect(page.getByLabel(t.country)).toHaveValue("EG");
  await expect(page.getByLabel(t.biography)).toHaveValue("Fifteen years of research on digital inclusion.");
  await expect(page.getByLabel(t.motivation)).toHaveValue("She chairs discussions well.");
  await expect(page.getByLabel(m.SubmissionForm.language, { exact: true })).toHaveValue("ru");

  await page.getByLabel(t.nomineeEmail).fill(`nadia-${suffix()}@example.org`);
  await page.getByRole("button", { name: m.SubmissionForm.saveDraft }).click();

  await expect(page.getByRole("status")).toHaveText(m.SubmissionPage.notice.saved);
  await expect(page.getByLabel(t.nomineeName)).toHaveValue(nominee);
  await expect(page.getByLabel(t.stakeholderGroup)).toHaveValue("ACADEMIA");
  await expect(page.getByLabel(t.country)).toHaveValue("EG");
  await expect(page.getByLabel(t.motivation)).toHaveValue("She chairs discussions well.");
  await expect(page.getByLabel(m.SubmissionForm.language, { exact: true })).toHaveValue("ru");
});

test("a meeting registration refused by the server keeps the chosen mode, with the error on it", async ({ page }) => {
  const db = await e2eDb();
  const t = m.Meetings;
  const edition = await db.forumEdition.findUniqueOrThrow({ where: { year: YEAR } });
  const meeting = await db.meeting.create({
    data: {
      editionId: edition.id,
      title: { en: `Remote-only change ${suffix()}` },
      startsAt: new Date(Date.now() + 6 * 86_400_000),
      endsAt: new Date(Date.now() + 6 * 86_400_000 + 60 * 60_000),
      venue: { en: "ITU headquarters, Geneva" },
      capacity: 20,
      remoteAvailable: true,
      remoteDetails: "https://meet.example.org/wsis",
    },
  });
  await signInAs(page.context(), { email: uniqueEmail("mode") });
  await page.goto(`/en/consultation/${YEAR}/meetings/${meeting.id}`);
  await page.getByLabel(t.remote, { exact: true }).check();
  // remote participation is withdrawn while the page is open
  await db.meeting.update({ where: { id: meeting.id }, data: { remoteAvailable: false } });

  await page.getByRole("button", { name: t.register }).click();

  await expect(summaryOf(page)).toBeFocused();
  await expect(page.getByRole("group", { name: t.howAttend })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(t.remote, { exact: true })).toBeChecked();
  expect(await db.meetingRegistration.count({ where: { meetingId: meeting.id } })).toBe(0);
});

test("a discussion post refused by the server keeps what was typed", async ({ page }) => {
  const db = await e2eDb();
  const t = m.Discussions;
  const edition = await db.forumEdition.findUniqueOrThrow({ where: { year: YEAR } });
  const topic = await db.discussionTopic.create({
    data: { editionId: edition.id, title: { en: `Closing soon ${suffix()}` }, description: { en: "A topic that closes." } },
  });
  await signInAs(page.context(), { email: uniqueEmail("poster-keeps"), name: "Poster" });
  await page.goto(`/en/consultation/${YEAR}/discussions/${topic.id}`);
  const text = "A long, careful answer that must not be lost.\nWith a second paragraph.";
  await page.getByLabel(t.yourPost).fill(text);
  await db.discussionTopic.update({ where: { id: topic.id }, data: { closedAt: new Date() } });

  await page.getByRole("button", { name: t.publish, exact: true }).click();

  await expect(page.getByRole("alert").filter({ hasText: m.Errors.DEADLINE_PASSED })).toBeFocused();
  await expect(page.getByLabel(t.yourPost)).toHaveValue(text);
  expect(await db.discussionPost.count({ where: { topicId: topic.id } })).toBe(0);
});

test("a regional input keeps every field after a failed submit, its chosen file too", async ({ page }) => {
  const t = m.ConsultationAdmin;
  await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("secretariat-keeps") });
  await page.goto(`/en/admin/regional-inputs/new?year=${YEAR}`);
  await page.getByLabel(t.eventName).fill(`Caribbean WSIS Forum ${suffix()}`);
  await page.getByLabel(t.eventDate).fill("2026-11-12");
  const region = page.getByLabel(t.region, { exact: true });
  await region.selectOption({ index: 1 });
  const regionCode = await region.inputValue();
  await page.getByLabel(labelOf("en", t.organiserName)).fill("CTU");
  await page.getByLabel(t.organiserEmail).fill("not-an-address");
  await page.getByLabel(t.summary, { exact: true }).fill("Outcome: resilient connectivity.");
  await page.getByLabel(t.language, { exact: true }).selectOption("es");
  await page.getByLabel(m.SubmissionForm.attachment).setInputFiles(pdf());

  await page.getByRole("button", { name: t.record }).click();

  await expect(summaryOf(page)).toBeFocused();
  await expect(page.getByLabel(t.organiserEmail)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(t.organiserEmail)).toHaveValue("not-an-address");
  await expect(page.getByLabel(t.eventDate)).toHaveValue("2026-11-12");
  await expect(region).toHaveValue(regionCode);
  await expect(page.getByLabel(t.country, { exact: true })).toHaveValue("");
  await expect(page.getByLabel(labelOf("en", t.organiserName))).toHaveValue("CTU");
  await expect(page.getByLabel(t.summary, { exact: true })).toHaveValue("Outcome: resilient connectivity.");
  await expect(page.getByLabel(t.language, { exact: true })).toHaveValue("es");
  expect(await fileNameOf(page, m.SubmissionForm.attachment)).toBe("kept.pdf");
});
