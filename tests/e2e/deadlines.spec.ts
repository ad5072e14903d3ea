// The deadlines admin screen, end to end: a stakeholder finds the contribution window closed;
// the secretariat grants that one user an extension on /admin/deadlines; the stakeholder can
// then submit after the deadline, and a colleague of the same organisation still cannot.
import admin from "../../lib/i18n/messages/admin.en.json" with { type: "json" };
import consultation from "../../lib/i18n/messages/consultation.en.json" with { type: "json" };
import publicEn from "../../lib/i18n/messages/public.en.json" with { type: "json" };
import { formatDeadline } from "../../lib/time/format";
import { endOfGenevaDay, genevaParts } from "../../lib/time/geneva";
import { e2eDb, expect, expectAccessible, signInAs, test, uniqueEmail } from "./support";

/** A text in all six languages: a test edition shows up in the public archive, which every language's tour reads. */
const everywhere = (text: string) => Object.fromEntries(["ar", "zh", "en", "fr", "ru", "es"].map((l) => [l, text]));

const t = { ...admin, ...consultation, ...publicEn };
const DAY = 86_400_000;

/** A published edition whose contribution window closed at the end of yesterday (Geneva). */
async function closedEdition() {
  const db = await e2eDb();
  const now = new Date();
  const y = genevaParts(new Date(now.getTime() - DAY));
  const closesAt = endOfGenevaDay(y.year, y.month, y.day);
  const year = 4000 + Math.floor(Math.random() * 5000);
  const edition = await db.forumEdition.create({
    data: {
      year,
      title: everywhere(`Extension Forum ${year}`),
      theme: everywhere("Deadlines"),
      startDate: new Date(Date.UTC(year, 5, 10)),
      endDate: new Date(Date.UTC(year, 5, 13)),
      venue: everywhere("Geneva, Switzerland"),
      coOrganisers: ["ITU"],
      deadlines: { create: { kind: "CONTRIBUTION", opensAt: new Date(now.getTime() - 30 * DAY), closesAt } },
    },
    include: { deadlines: true },
  });
  return { edition, deadline: edition.deadlines[0]!, closesAt };
}

/** A stakeholder with a complete profile (the contribution form asks for one), in an organisation. */
async function stakeholderIn(organisationId: string, email: string) {
  const db = await e2eDb();
  await db.user.upsert({
    where: { email },
    update: {},
    create: {
      email,
      name: "Nadia Extension",
      role: "STAKEHOLDER",
      emailVerified: new Date(),
      organisationId,
      stakeholderTypeCode: "CIVIL_SOCIETY",
      countryCode: "KE",
    },
  });
}

test("the secretariat extends the contribution deadline for one user, who can then submit late", async ({ page, browser }) => {
  const db = await e2eDb();
  const { edition, deadline, closesAt } = await closedEdition();
  const organisation = await db.organisation.create({
    data: { name: `Late Network ${edition.year}`, normalizedName: `late network ${edition.year}`, stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE" },
  });
  const lateEmail = uniqueEmail("late");
  const colleagueEmail = uniqueEmail("colleague");
  await stakeholderIn(organisation.id, lateEmail);
  await stakeholderIn(organisation.id, colleagueEmail);
  const newContribution = `/en/consultation/${edition.year}/contributions/new`;

  // the stakeholder finds the window closed, and no form
  await signInAs(page.context(), { email: lateEmail });
  await page.goto(newContribution);
  await expect(page.getByText(/^Closed: the deadline was/)).toBeVisible();
  await expect(page.getByRole("button", { name: t.SubmissionForm.submitContribution })).toHaveCount(0);

  // the secretariat grants that user an extension to the end of next week
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staffContext, { role: "SECRETARIAT" });
  await staff.goto("/en/admin/deadlines");
  await staff
    .getByRole("link", { name: t.AdminMail.deadlineKind.CONTRIBUTION })
    .and(staff.locator(`[href$="/admin/deadlines/${deadline.id}"]`))
    .click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(`Extension Forum ${edition.year}`);
  await expect(staff.getByText(t.AdminDeadlines.noExtensions)).toBeVisible();
  await expectAccessible(staff);
  const until = genevaParts(new Date(closesAt.getTime() + 7 * DAY));
  const untilValue = `${until.year}-${String(until.month).padStart(2, "0")}-${String(until.day).padStart(2, "0")}`;
  await staff.getByLabel(t.AdminDeadlines.partyType).selectOption("user");
  await staff.getByLabel(t.AdminDeadlines.email).fill("nobody-" + lateEmail);
  await staff.getByLabel(t.AdminDeadlines.until).fill(untilValue);
  await staff.getByLabel(t.AdminDeadlines.reason).fill("The office was closed by a flood.");
  await staff.getByRole("button", { name: t.AdminDeadlines.grant }).click();
  await expect(staff.getByRole("alert").getByText(t.AdminValidation.unknownUser)).toBeVisible();
  await expect(staff.getByLabel(t.AdminDeadlines.reason)).toHaveValue("The office was closed by a flood.");
  await staff.getByLabel(t.AdminDeadlines.email).fill(lateEmail);
  await staff.getByRole("button", { name: t.AdminDeadlines.grant }).click();
  await expect(staff.getByRole("status").filter({ hasText: t.AdminDeadlines.granted })).toBeVisible();
  await staff.reload();
  await expect(staff.getByText(`User ${lateEmail}: until`)).toBeVisible();
  await expectAccessible(staff);
  await staffContext.close();

  // the extended user now gets the form and submits after the deadline
  await page.goto(newContribution);
  const title = `Late but welcome ${edition.year}`;
  await page.getByLabel(t.SubmissionForm.topics.THEMATIC_ASPECTS).check();
  await page.getByRole("textbox", { name: new RegExp(`^${t.SubmissionForm.title}`) }).fill(title);
  await page.getByLabel(t.SubmissionForm.summary).fill("Submitted within the extension.");
  await page
    .getByRole("textbox", { name: new RegExp(`^${t.SubmissionForm.body}`) })
    .fill("The body of a contribution sent after the deadline, within its extension.");
  await page.getByRole("checkbox", { name: /^C2 / }).check();
  await page.getByRole("button", { name: t.SubmissionForm.submitContribution }).click();
  await expect(page.getByRole("status")).toHaveText(t.SubmissionPage.notice.submitted);
  const submitted = await db.submission.findFirstOrThrow({ where: { title, author: { email: lateEmail } } });
  expect(submitted.status).toBe("SUBMITTED");
  expect(submitted.submittedAt!.getTime()).toBeGreaterThan(closesAt.getTime());
  expect(await db.auditEntry.count({ where: { action: "deadline.extension_granted", entityId: deadline.id } })).toBe(1);

  // a colleague of the same organisation is not extended
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signInAs(colleagueContext, { email: colleagueEmail });
  await colleague.goto(newContribution);
  await expect(colleague.getByText(/^Closed: the deadline was/)).toBeVisible();
  await colleagueContext.close();
});

test("the High-Level Track page shows the statement deadline the statement service enforces, also after the secretariat moves it", async ({ page }) => {
  const db = await e2eDb();
  const year = 4000 + Math.floor(Math.random() * 5000);
  const edition = await db.forumEdition.create({
    data: {
      year,
      title: everywhere(`Statement Forum ${year}`),
      theme: everywhere("Statements"),
      startDate: new Date(Date.UTC(year, 5, 10)),
      endDate: new Date(Date.UTC(year, 5, 13)),
      venue: everywhere("Geneva, Switzerland"),
      coOrganisers: ["ITU"],
    },
  });
  const campaign = await db.invitationCampaign.create({
    data: {
      editionId: edition.id,
      symbol: `CL-E2E/${year}`,
      letterDate: new Date(Date.UTC(year - 1, 11, 6)),
      subject: { en: "Invitation" },
      deadlines: {
        create: [
          { editionId: edition.id, kind: "INVITATION_RESPONSE", closesAt: endOfGenevaDay(year, 1, 15) },
          { editionId: edition.id, kind: "POLICY_STATEMENT", closesAt: endOfGenevaDay(year, 2, 15) },
        ],
      },
    },
    include: { deadlines: true },
  });
  const statement = campaign.deadlines.find((d) => d.kind === "POLICY_STATEMENT")!;
  const hlt = `/en/forums/${year}/high-level-track`;
  const shown = (d: Date) => t.PublicHlt.statementDeadline.replace("{deadline}", t.PublicHlt.byEndOf.replace("{date}", formatDeadline(d, "en").text));

  await page.goto(hlt);
  await expect(page.getByText(shown(endOfGenevaDay(year, 2, 15)), { exact: true })).toBeVisible();

  // the secretariat moves the letter's statement deadline in the edition editor
  await signInAs(page.context(), { role: "SECRETARIAT" });
  await page.goto(`/en/admin/editions/${year}`);
  const form = page.locator(`#deadline-form-${statement.id}`);
  await form.getByLabel(t.AdminEditions.closesAt).fill(`${year}-03-02T00:00`);
  await form.getByRole("button", { name: t.AdminEditions.saveDeadline.replace("{kind}", t.AdminMail.deadlineKind.POLICY_STATEMENT) }).click();
  await form.getByRole("button", { name: t.AdminCommon.confirm }).click();
  await expect(form.getByRole("status")).toBeVisible();

  // the row the statement service enforces (lib/deadlines) moved, and the public page shows it
  const moved = endOfGenevaDay(year, 3, 1);
  expect((await db.deadline.findUniqueOrThrow({ where: { id: statement.id } })).closesAt).toEqual(moved);
  await page.goto(hlt);
  await expect(page.getByText(shown(moved), { exact: true })).toBeVisible();
  await expect(page.getByText(shown(endOfGenevaDay(year, 2, 15)), { exact: true })).toHaveCount(0);
});
