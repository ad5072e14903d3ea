// The open consultation, end to end, in English and Arabic: sign-up by magic link, profile,
// a contribution (draft then submitted), a binding workshop request with three speakers, a
// facilitator nomination, remote registration for a meeting, and the waiting list.
import type { Page } from "@playwright/test";
import ar from "../../lib/i18n/messages/consultation.ar.json" with { type: "json" };
import en from "../../lib/i18n/messages/consultation.en.json" with { type: "json" };
import coreAr from "../../lib/i18n/messages/core.ar.json" with { type: "json" };
import coreEn from "../../lib/i18n/messages/core.en.json" with { type: "json" };
import { e2eDb, expect, expectAccessible, followSignInLink, signInAs, test, uniqueEmail, waitForMail } from "./support";

const messages = { en: { ...en, ...coreEn }, ar: { ...ar, ...coreAr } } as const;
type Locale = keyof typeof messages;
const YEAR = 2027;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Fills and saves the profile form (creating the organisation, confirming past a near-duplicate). */
async function completeProfile(page: Page, locale: Locale, name: string, organisation: string) {
  const t = messages[locale].Profile;
  await page.getByLabel(t.name, { exact: true }).fill(name);
  await page.getByLabel(t.stakeholderType).selectOption("CIVIL_SOCIETY");
  await page.getByLabel(t.country, { exact: true }).selectOption("KE");
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

async function fillSpeaker(page: Page, index: number, s: { name: string; organisation: string; gender: string; type: string; attendance: string }) {
  await page.locator(`[id="speakers.${index}.name"]`).fill(s.name);
  await page.locator(`[id="speakers.${index}.organisationName"]`).fill(s.organisation);
  await page.locator(`[id="speakers.${index}.gender"]`).selectOption(s.gender);
  await page.locator(`[id="speakers.${index}.stakeholderTypeCode"]`).selectOption(s.type);
  await page.locator(`[id="speakers.${index}.attendance"]`).selectOption(s.attendance);
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
    await completeProfile(page, locale, locale === "en" ? "Wanjiru Kamau" : "ليلى حداد", locale === "en" ? `Kenya ICT Action Network ${id}` : `الشبكة العربية للمجتمع الرقمي ${id}`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/consultation/${YEAR}/contributions/new$`));
    await expectAccessible(page);

    // Contribution: a draft first, then submitted.
    const title = locale === "en" ? `Community networks for the last mile ${id}` : `الشبكات المجتمعية للوصول إلى المناطق النائية ${id}`;
    await page.getByLabel(t.SubmissionForm.topics.THEMATIC_ASPECTS).check();
    await page.getByLabel(t.SubmissionForm.title, { exact: true }).fill(title);
    await page.getByLabel(t.SubmissionForm.summary).fill(locale === "en" ? "How community networks connect rural areas." : "كيف تربط الشبكات المجتمعية المناطق الريفية.");
    if (locale === "en") {
      // the live counter counts Chinese per word in the browser too, as the server does
      await page.getByLabel(t.SubmissionForm.body, { exact: true }).fill("信息社会世界峰会");
      await expect(page.getByText("4 words of 1500 at most")).toBeVisible();
    }
    await page.getByLabel(t.SubmissionForm.body, { exact: true }).fill(locale === "en" ? "Community networks are built and run by the people they serve." : "تبني المجتمعات المحلية هذه الشبكات وتديرها بنفسها.");
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
    await expect(page.getByText(t.SubmissionStatus.DRAFT, { exact: true })).toBeVisible();
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
    await page.getByLabel(t.WorkshopForm.title, { exact: true }).fill(workshopTitle);
    await page.getByLabel(t.WorkshopForm.description, { exact: true }).fill(locale === "en" ? "A panel on affordable access." : "حلقة نقاش عن النفاذ الميسور التكلفة.");
    await page.getByLabel(t.WorkshopForm.format, { exact: true }).selectOption("PANEL");
    await page.getByLabel(t.WorkshopForm.duration, { exact: true }).selectOption("60");
    await fillSpeaker(page, 0, { name: "Grace Mutua", organisation: "KICTANet", gender: "FEMALE", type: "CIVIL_SOCIETY", attendance: "ON_SITE" });
    await page.getByRole("button", { name: t.WorkshopForm.addSpeaker }).click();
    await fillSpeaker(page, 1, { name: "Omar Haddad", organisation: "Ministry of ICT", gender: "MALE", type: "GOVERNMENT", attendance: "REMOTE" });
    await page.getByRole("button", { name: t.WorkshopForm.addSpeaker }).click();
    await fillSpeaker(page, 2, { name: "Mei Lin", organisation: "University of Malaya", gender: "FEMALE", type: "ACADEMIA", attendance: "ON_SITE" });
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
    expect(workshop.participants.filter((p) => p.role === "SPEAKER").map((p) => p.gender).sort()).toEqual(["FEMALE", "FEMALE", "MALE"]);
    await waitForMail(email, new RegExp(escape(workshop.reference)));

    // Facilitator nomination.
    await page.goto(`/${locale}/consultation/${YEAR}/nominations/new`);
    const nominee = locale === "en" ? `Dr Amina Diallo ${id}` : `د. سلمى العلي ${id}`;
    await page.getByLabel(t.NominationForm.nomineeName).fill(nominee);
    await page.getByLabel(t.NominationForm.nomineeEmail).fill(`nominee-${id}@example.org`);
    await page.getByLabel(t.NominationForm.nomineeOrganisation).fill("UNECA");
    await page.getByLabel(t.NominationForm.stakeholderGroup).selectOption("INTERNATIONAL_ORGANIZATION");
    await page.getByLabel(t.NominationForm.biography).fill(locale === "en" ? "Twenty years of work on digital inclusion." : "عشرون عاماً من العمل في مجال الإدماج الرقمي.");
    await page.getByRole("button", { name: t.NominationForm.submit }).click();
    await expect(page.getByRole("status")).toHaveText(t.SubmissionPage.notice.submitted);
    const nomination = await db.submission.findFirstOrThrow({ where: { title: nominee } });
    await waitForMail(email, new RegExp(escape(nomination.reference)));

    // Remote registration for a consultation meeting: the connection details come by mail.
    const meeting = await db.meeting.findFirstOrThrow({ where: { edition: { year: YEAR }, capacity: 60, startsAt: { gt: new Date() } }, orderBy: { startsAt: "asc" } });
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

  test(`a full meeting puts the next person on the waiting list and promotes them on cancellation (${locale})`, async ({ browser }) => {
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
    await first.getByLabel(t.Meetings.inPerson, { exact: true }).check();
    await first.getByRole("button", { name: t.Meetings.register }).click();
    await expect(first.getByRole("status")).toHaveText(t.Meetings.notice.registered);

    await other.goto(url);
    await other.getByLabel(t.Meetings.inPersonWaitlist).check();
    await other.getByRole("button", { name: t.Meetings.register }).click();
    await expect(other.getByRole("status")).toHaveText(t.Meetings.notice.waitlisted);
    await expectAccessible(other);

    await first.getByRole("button", { name: t.Meetings.cancel }).click();
    await expect(first.getByRole("status")).toHaveText(t.Meetings.notice.cancelled);

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
  await page.getByLabel(t.ConsultationAdmin.organiserName, { exact: true }).fill("UN ESCWA");
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
