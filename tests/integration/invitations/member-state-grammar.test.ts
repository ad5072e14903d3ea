// The mails that name a Member State read as written in each language: French puts the article
// the name takes (le Luxembourg, la France, l'Irak, les Philippines) and contracts it (du, des),
// Arabic makes the verbs and pronouns agree with the State's gender (الأردن masculine, تونس
// feminine), English says "the Philippines". Real services, real PostgreSQL, the outbox as sent.
import { describe, expect, test } from "vitest";
import type { Language } from "@/lib/generated/prisma/enums";
import { memberStates } from "@/lib/reference/member-states";
import { frenchFormCodes } from "@/lib/reference/member-state-grammar";
import { createCampaign, createDelegate, createInvitation, threeDelegates } from "../../factories/invitations";
import { invitationSuite } from "./suite";

const suite = invitationSuite();
const prisma = suite.prisma;

const services = async () => ({
  ...(await import("@/lib/invitations/service/answers")),
  ...(await import("@/lib/policy-statements/service")),
  ...(await import("@/lib/invitations/emails")),
  ...(await import("@/lib/db")),
});

/**
 * The text of the invitation mail, the confirmation receipt, the receipt of a changed delegation,
 * the policy-statement request's receipt and the decline receipt for a State.
 */
async function mailsFor(memberStateCode: string, language: Language) {
  const { saveDelegation, declineInvitation, enqueueInvitationMail, requestStatement, db } = await services();
  const texts = async (email: string, template: string) => (await prisma.outboxMessage.findFirstOrThrow({ where: { to: email, template } })).text;

  const campaign = await createCampaign(prisma, { statementDeadline: new Date(Date.UTC(2099, 1, 15)) });
  const { invitation } = await createInvitation(prisma, campaign, { memberStateCode, language });
  // the names the seed stores (another test file may have created the row with fewer languages)
  const reference = memberStates().find((s) => s.code === memberStateCode)!;
  const state = await prisma.memberState.update({ where: { code: memberStateCode }, data: { name: reference.name } });
  await db.$transaction((tx) =>
    enqueueInvitationMail(
      tx,
      {
        ...invitation,
        language,
        memberStateCode,
        memberStateName: state.name,
        campaign: { symbol: "CL-TEST/1", subject: { en: "WSIS Forum" } },
        closesAt: new Date(Date.UTC(2030, 0, 15)),
      },
      "token",
      `hash-${invitation.id}`,
    ),
  );
  const delegate = await createDelegate(prisma, invitation.email);
  await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, new Date());
  const confirmed = await texts(invitation.email, "invitation-confirmed");
  await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates.slice(0, 2) }, new Date());
  const updated = await texts(invitation.email, "invitation-updated");
  await requestStatement(
    delegate,
    invitation.id,
    { speakerName: "Amina Diallo", speakerTitle: "Minister", protocolCategory: "MINISTER", language: "en" },
    new Date(),
  );
  const requested = await texts(invitation.email, "policy-statement-requested");
  await declineInvitation(delegate, invitation.id, "", new Date());
  return {
    invitation: await texts(invitation.email, "invitation"),
    confirmed,
    updated,
    requested,
    declined: await texts(invitation.email, "invitation-declined"),
  };
}

describe("French mails give the Member State its article", () => {
  test.each([
    ["LU", "le Luxembourg", "sa", "du Luxembourg", "que le Luxembourg ne participera pas"],
    ["FR", "la France", "sa", "de la France", "que la France ne participera pas"],
    ["IQ", "l’Irak", "sa", "de l’Irak", "que l’Irak ne participera pas"],
    ["PH", "les Philippines", "leur", "des Philippines", "que les Philippines ne participeront pas"],
    ["IL", "Israël", "sa", "d’Israël", "qu’Israël ne participera pas"],
  ])("%s: invite %s", async (code, named, its, of, declined) => {
    const mails = await mailsFor(code, "fr");
    expect(mails.invitation).toContain(`Cette lettre invite ${named} à confirmer ${its} participation, à désigner ${its} délégation`);
    expect(mails.confirmed).toContain(`Nous avons bien reçu la confirmation de participation ${of} (`);
    expect(mails.updated).toContain(`La délégation ${of} a été modifiée (`);
    expect(mails.requested).toContain(`la demande ${of} pour une déclaration de politique générale`);
    expect(mails.declined).toContain(`Nous avons pris note ${declined} (`);
  });

  test("every Member State has its French form", () => {
    expect(frenchFormCodes().sort()).toEqual(
      memberStates()
        .map((s) => s.code)
        .sort(),
    );
  });
});

describe("Spanish mails give the Member State its article, contracted after a and de", () => {
  test.each([
    ["PE", "al Perú", "del Perú", "de que el Perú no participará"],
    ["IN", "a la India", "de la India", "de que la India no participará"],
    ["US", "a los Estados Unidos", "de los Estados Unidos", "de que los Estados Unidos no participarán"],
    ["MH", "a las Islas Marshall", "de las Islas Marshall", "de que las Islas Marshall no participarán"],
    ["KE", "a Kenia", "de Kenia", "de que Kenia no participará"], // the stored Spanish name (world-countries), which takes no article
  ])("%s: se invita %s", async (code, to, of, declined) => {
    const mails = await mailsFor(code, "es");
    expect(mails.invitation).toContain(`En la carta se invita ${to} a confirmar su participación`);
    expect(mails.confirmed).toContain(`la confirmación de participación ${of} (`);
    expect(mails.updated).toContain(`Se ha modificado la delegación ${of} (`);
    expect(mails.requested).toContain(`la solicitud ${of} de una declaración de política general`);
    expect(mails.declined).toContain(`${declined} (`);
  });
});

describe("Arabic mails agree with the Member State's gender", () => {
  test("Jordan (masculine) and Tunisia (feminine)", async () => {
    const jordan = await mailsFor("JO", "ar");
    expect(jordan.invitation).toContain(
      "تدعو هذه الرسالة الأردن إلى تأكيد مشاركته وتسمية وفده، وإلى طلب إلقاء بيان سياساتي في المسار الرفيع المستوى إن رغب في ذلك.",
    );
    expect(jordan.confirmed).toContain("تلقّينا تأكيد الأردن مشاركته (");
    expect(jordan.declined).toContain("سجّلنا أن الأردن لن يشارك (");
    expect(jordan.requested).toContain("تلقّينا الطلب الذي قدّمه الأردن لإلقاء بيان سياساتي");

    const tunisia = await mailsFor("TN", "ar");
    expect(tunisia.invitation).toContain(
      "تدعو هذه الرسالة تونس إلى تأكيد مشاركتها وتسمية وفدها، وإلى طلب إلقاء بيان سياساتي في المسار الرفيع المستوى إن رغبت في ذلك.",
    );
    expect(tunisia.confirmed).toContain("تلقّينا تأكيد تونس مشاركتها (");
    expect(tunisia.declined).toContain("سجّلنا أن تونس لن تشارك (");
    expect(tunisia.requested).toContain("تلقّينا الطلب الذي قدّمته تونس لإلقاء بيان سياساتي");
  });
});

test("English says 'the Philippines', and 'Kenya' alone", async () => {
  expect((await mailsFor("PH", "en")).invitation).toContain("The letter invites the Philippines to confirm its participation");
  expect((await mailsFor("KE", "en")).invitation).toContain("The letter invites Kenya to confirm its participation");
});
