// What organisers and delegations see of the journey fixes, in English and Arabic: an accepted
// workshop placed in the agenda shows its own description and only its speakers on the public
// session page, and its organisers are mailed; a confirmed delegation changed by the delegate is
// mailed with the new members and the date until which it may change, and the change shows in
// the secretariat's history while the first confirmation time stays; its policy-statement request
// and statement are each acknowledged by mail with the statement deadline's date.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { formatDeadline } from "../../lib/time/format";
import { e2eDb, expect, signInAs, test, uniqueEmail, waitForMail } from "./support";

type Locale = "en" | "ar";
const read = (area: string, locale: Locale) => JSON.parse(fs.readFileSync(path.resolve(`lib/i18n/messages/${area}.${locale}.json`), "utf8"));
/** A message of the given area by its dotted key. */
const message = (area: string, locale: Locale, key: string): string =>
  key.split(".").reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, read(area, locale)) as unknown as string;
const admin = (locale: Locale, key: string) => message("admin", locale, key);
const inv = (locale: Locale, key: string) => message("invitations", locale, key);

let counter = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${process.pid}${counter++}`;

async function submitAndConfirm(page: Page, locale: Locale, button: string) {
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("button", { name: admin(locale, "AdminCommon.confirm") }).click();
}

for (const locale of ["en", "ar"] as const) {
  test.describe(`journey mail (${locale})`, () => {
    test("a placed workshop shows its description and its speakers, not its organisers; the organisers are mailed", async ({ page }) => {
      const db = await e2eDb();
      const edition = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true, year: true, startDate: true } });
      const org = await db.organisation.create({
        data: { name: unique("Org"), normalizedName: unique("org"), stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE" },
      });
      const author = await db.user.create({
        data: {
          email: uniqueEmail(`organiser-${locale}`),
          name: "Organiser",
          emailVerified: new Date(),
          preferredLanguage: locale,
          organisationId: org.id,
          stakeholderTypeCode: "CIVIL_SOCIETY",
          countryCode: "KE",
        },
      });
      const title = unique(locale === "ar" ? "حلقة عمل عن الشبكات المجتمعية" : "Workshop on community networks");
      const description = locale === "ar" ? "كيف تربط الشبكات المجتمعية القرى النائية بالإنترنت." : "How community networks bring the last villages online.";
      const lead = unique("Lead Organiser");
      const speaker = unique("Grace Mwangi");
      const workshop = await db.submission.create({
        data: {
          reference: unique("E2E-W").replaceAll(" ", "-").toUpperCase(),
          editionId: edition.id,
          kind: "WORKSHOP_REQUEST",
          status: "ACCEPTED",
          authorId: author.id,
          organisationId: org.id,
          countryCode: "KE",
          title,
          normalizedTitle: title.toLowerCase(),
          body: description,
          language: locale,
          submittedAt: new Date(),
          participants: {
            create: [
              { role: "LEAD_ORGANISER", position: 0, name: lead, organisationName: "Org", stakeholderTypeCode: "CIVIL_SOCIETY" },
              { role: "SPEAKER", position: 0, name: speaker, organisationName: "Org", stakeholderTypeCode: "CIVIL_SOCIETY", gender: "FEMALE" },
            ],
          },
        },
      });
      const day = edition.startDate.toISOString().slice(0, 10);
      await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail(`agenda-mail-${locale}`) });

      await page.goto(`/${locale}/admin/agenda?edition=${edition.year}`);
      const place = page.locator("#place-submission");
      await place.getByLabel(admin(locale, "AdminAgenda.acceptedSubmission")).selectOption(workshop.id);
      await place.getByLabel(admin(locale, "AdminAgenda.day"), { exact: true }).selectOption(day);
      await place.getByLabel(admin(locale, "AdminAgenda.startTime")).fill("16:00");
      await place.getByLabel(admin(locale, "AdminAgenda.endTime")).fill("17:00");
      await place.getByRole("button", { name: admin(locale, "AdminAgenda.place") }).click();
      await expect.poll(() => db.agendaSession.count({ where: { submissionId: workshop.id } })).toBe(1);

      const mail = await waitForMail(author.email);
      expect(mail.subject).toBe(admin(locale, "AgendaMail.scheduled.subject").replace("{title}", title));
      expect(mail.text).toContain(workshop.reference);

      await page.reload();
      await submitAndConfirm(page, locale, admin(locale, "AdminAgenda.publish"));
      await expect(page.locator("#publish-agenda").getByRole("status")).toBeVisible();
      const { slug } = await db.agendaSession.findFirstOrThrow({ where: { submissionId: workshop.id }, select: { slug: true } });
      await page.goto(`/${locale}/forums/${edition.year}/agenda/${slug}`);
      await expect(page.getByText(description)).toBeVisible();
      await expect(page.locator('section[aria-labelledby="speakers"]')).toContainText(speaker);
      await expect(page.getByText(lead)).toHaveCount(0);
    });

    test("a change to a confirmed delegation is mailed with the new members and the date, and shows in the history; a statement request and a statement are mailed with their date", async ({
      page,
      browser,
    }) => {
      const db = await e2eDb();
      const campaign = await db.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-DEMO/01" } });
      const confirmedAt = new Date(Date.now() - 3 * 86_400_000);
      const invitation = await db.invitation.create({
        data: {
          campaignId: campaign.id,
          editionId: campaign.editionId,
          memberStateCode: locale === "ar" ? "OM" : "ZM",
          addresseeName: "Test Addressee",
          addresseeTitle: "Minister",
          email: uniqueEmail(`delegation-${locale}`),
          language: locale,
          status: "CONFIRMED",
          sentAt: confirmedAt,
          viewedAt: confirmedAt,
          respondedAt: confirmedAt,
          confirmation: {
            create: {
              reference: `WSIS-E2E-${crypto.randomBytes(3).toString("hex").toUpperCase()}`,
              decision: "ATTENDING",
              state: "SUBMITTED",
              submittedAt: confirmedAt,
              members: { create: [{ position: 0, isHead: true, name: "Netumbo Shilongo", title: "Minister", gender: "FEMALE" }] },
            },
          },
        },
        include: { confirmation: true },
      });
      await signInAs(page.context(), { email: invitation.email });

      await page.goto(`/${locale}/invitations/${invitation.id}`);
      await page.getByRole("button", { name: inv(locale, "InvitationRespond.addMember") }).click();
      const member = page.getByRole("group", { name: inv(locale, "InvitationRespond.member").replace("{number}", "2"), exact: true });
      await member.getByLabel(inv(locale, "InvitationRespond.name"), { exact: true }).fill("Selma Nangolo");
      await member.getByLabel(inv(locale, "InvitationRespond.memberTitle"), { exact: true }).fill("Adviser");
      await member.getByLabel(inv(locale, "InvitationRespond.gender"), { exact: true }).selectOption("FEMALE");
      await member.getByLabel(inv(locale, "InvitationRespond.attendance"), { exact: true }).selectOption("REMOTE");
      await page.getByRole("button", { name: inv(locale, "InvitationRespond.saveChanges") }).click();
      await expect(page).toHaveURL(/\?saved=1$/);

      const mail = await waitForMail(invitation.email, new RegExp(inv(locale, "InvitationMail.updated.subject").replace(": {reference}", "")));
      expect(mail.text).toContain("Selma Nangolo");
      const response = await db.deadline.findFirstOrThrow({ where: { campaignId: campaign.id, kind: "INVITATION_RESPONSE" } });
      expect(mail.text).toContain(formatDeadline(response.closesAt, locale).text);
      const after = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, include: { confirmation: true } });
      expect([after.respondedAt?.toISOString(), after.confirmation?.submittedAt?.toISOString()]).toEqual([
        confirmedAt.toISOString(),
        confirmedAt.toISOString(),
      ]);

      // the policy statement: the request and the statement are each acknowledged, with the date
      const statementDeadline = await db.deadline.findFirstOrThrow({ where: { campaignId: campaign.id, kind: "POLICY_STATEMENT" } });
      await page.goto(`/${locale}/invitations/${invitation.id}/policy-statement`);
      await page.getByLabel(inv(locale, "PolicyStatementForm.speakerName")).fill("Netumbo Shilongo");
      await page.getByLabel(inv(locale, "PolicyStatementForm.speakerTitle")).fill("Minister");
      await page.getByLabel(inv(locale, "PolicyStatementForm.protocolCategory")).selectOption("MINISTER");
      await page.getByRole("button", { name: inv(locale, "PolicyStatementForm.request") }).click();
      await expect(page.getByText(inv(locale, "PolicyStatementForm.requested"))).toBeVisible();
      const subjectOf = (kind: string) => new RegExp(inv(locale, `PolicyStatementMail.${kind}.subject`).replace(": {memberState}", ""));
      const requested = await waitForMail(invitation.email, subjectOf("requested"), 30_000);
      expect(requested.text).toContain("Netumbo Shilongo");
      expect(requested.text).toContain(formatDeadline(statementDeadline.closesAt, locale).text);
      await page
        .getByLabel(inv(locale, "PolicyStatementForm.text"))
        .fill(locale === "ar" ? "أصحاب المعالي، السيدات والسادة" : "Excellencies, ladies and gentlemen.");
      await page.getByRole("button", { name: inv(locale, "PolicyStatementForm.submit") }).click();
      await expect(page.getByText(inv(locale, "PolicyStatementForm.submitted"))).toBeVisible();
      const received = await waitForMail(invitation.email, subjectOf("submitted"), 30_000);
      expect(received.text).toContain(formatDeadline(statementDeadline.closesAt, locale).text);

      const staff = await browser.newContext({ locale: locale === "ar" ? "ar" : "en-GB", timezoneId: "America/New_York" });
      await signInAs(staff, { role: "SECRETARIAT", email: uniqueEmail(`history-${locale}`) });
      const adminPage = await staff.newPage();
      await adminPage.goto(`/${locale}/admin/invitations/${campaign.id}/${invitation.id}`);
      await expect(adminPage.locator('section[aria-labelledby="history"]')).toContainText("invitation.delegation_changed");
      await expect(adminPage.locator('section[aria-labelledby="answer"]')).toContainText("Selma Nangolo");
      await staff.close();
    });
  });
}
