// Policy statements and their mails, against real PostgreSQL and a real SMTP server: a request
// and a statement are each acknowledged, in the invitation's language, with the statement
// deadline's date; saving the same thing again mails nothing.
import { describe, expect, test } from "vitest";
import { formatDeadline } from "@/lib/time/format";
import { endOfGenevaDay } from "@/lib/time/geneva";
import { createCampaign, createDelegate, createInvitation, threeDelegates } from "../../factories/invitations";
import { invitationSuite } from "./suite";
import { deliverMailTo } from "../../helpers/deliver-mail";

const suite = invitationSuite({ smtp: true });
const prisma = suite.prisma;

const load = async () => ({
  ...(await import("@/lib/policy-statements/service")),
  ...(await import("@/lib/invitations/service/answers")),
  ...(await import("@/lib/email/outbox")),
});

const request = { speakerName: "H.E. Ms Amina Diallo", speakerTitle: "Minister of ICT", protocolCategory: "MINISTER" as const, language: "en" as const };
const now = new Date("2099-01-10T10:00:00Z");

async function confirmedInvitation(code: string, language: "en" | "ar") {
  const { saveDelegation } = await load();
  const campaign = await createCampaign(prisma, { statementDeadline: endOfGenevaDay(2099, 2, 15) });
  const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: code, language });
  const delegate = await createDelegate(prisma, invitation.email);
  await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, new Date("2099-01-01T00:00:00Z"));
  return { invitation, delegate };
}

describe("policy statement mails", () => {
  test("the request and the statement are each acknowledged with the statement deadline (English)", async () => {
    const { requestStatement, submitStatement } = await load();
    const { invitation, delegate } = await confirmedInvitation("KE", "en");

    await requestStatement(delegate, invitation.id, request, now);
    await requestStatement(delegate, invitation.id, request, now); // unchanged: no second mail
    await submitStatement(delegate, invitation.id, { text: "Excellencies, ladies and gentlemen." }, now);
    await submitStatement(delegate, invitation.id, { text: "Excellencies, ladies and gentlemen." }, now); // unchanged
    await deliverMailTo(prisma, invitation.email);

    const requested = await suite.smtp.waitFor(invitation.email, { subject: /Policy statement requested/ });
    expect(requested.subject).toBe("Policy statement requested: Kenya");
    expect(requested.text).toContain("Speaker: H.E. Ms Amina Diallo, Minister of ICT");
    expect(requested.text).toContain("until 15 February 2099 (Geneva time)");
    expect(requested.text).toContain(`/en/invitations/${invitation.id}/policy-statement`);
    const received = await suite.smtp.waitFor(invitation.email, { subject: /Policy statement received/ });
    expect(received.text).toContain("You can change the statement until 15 February 2099 (Geneva time)");
    const { reference } = await prisma.participationConfirmation.findUniqueOrThrow({ where: { invitationId: invitation.id } });
    expect(
      suite.smtp
        .to(invitation.email)
        .map((m) => m.subject)
        .sort(),
    ).toEqual([`Participation confirmed: ${reference}`, "Policy statement received: Kenya", "Policy statement requested: Kenya"]);
  });

  test("a changed request and a new version of the statement are mailed again, in Arabic", async () => {
    const { requestStatement, submitStatement } = await load();
    const { invitation, delegate } = await confirmedInvitation("JO", "ar");

    await requestStatement(delegate, invitation.id, request, now);
    await requestStatement(delegate, invitation.id, { ...request, speakerName: "H.E. Mr Omar Haddad" }, now);
    await submitStatement(delegate, invitation.id, { text: "أصحاب المعالي" }, now);
    await submitStatement(delegate, invitation.id, { text: "أصحاب المعالي والسعادة" }, now);
    await deliverMailTo(prisma, invitation.email);

    const templates = await prisma.outboxMessage.findMany({
      where: { to: invitation.email, template: { startsWith: "policy-statement" } },
      orderBy: { createdAt: "asc" },
      select: { template: true, language: true },
    });
    expect(templates).toEqual([
      { template: "policy-statement-requested", language: "ar" },
      { template: "policy-statement-requested", language: "ar" },
      { template: "policy-statement-submitted", language: "ar" },
      { template: "policy-statement-submitted", language: "ar" },
    ]);
    const mail = await suite.smtp.waitFor(invitation.email, { subject: /^استلام البيان السياساتي/ });
    expect(mail.text).toContain("المتكلم: H.E. Mr Omar Haddad، Minister of ICT");
    expect(mail.text).toContain(`يمكنكم تعديل البيان حتى ${formatDeadline(endOfGenevaDay(2099, 2, 15), "ar").text} (بتوقيت جنيف)`);
    expect(mail.html).toContain('dir="rtl"');
    expect(
      await prisma.auditEntry.count({ where: { action: "policy_statement.request_changed", data: { path: ["invitationId"], equals: invitation.id } } }),
    ).toBe(1);
  });
});
