// The delegate's server actions with only the framework edges stubbed (cache, redirect, after,
// the session): what the form gets back after the deadline, for another address, for bad input.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { endOfGenevaDay } from "@/lib/time/geneva";
import { createCampaign, createDelegate, createInvitation, createSecretariat, threeDelegates } from "../../factories/invitations";
import { invitationSuite } from "./suite";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null; role: "STAKEHOLDER" | "SECRETARIAT" } }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("next/server", () => ({ after: vi.fn() }));
vi.mock("next-intl/server", () => import("../../helpers/next-edges").then((m) => m.intlServer()));
vi.mock("next/navigation", () => import("../../helpers/next-edges").then((m) => m.navigation()));
vi.mock("@/lib/auth/session", () => import("../../helpers/next-edges").then((m) => m.sessionOf(session)));

const prisma = invitationSuite().prisma;
beforeEach(() => {
  vi.useRealTimers();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const delegation = {
  intent: "submit",
  "members[r0].name": "Amina Diallo",
  "members[r0].title": "Ministre",
  "members[r0].gender": "FEMALE",
  "members[r0].attendance": "ON_SITE",
};

describe("saveDelegationAction", () => {
  test("one second late: the error says so in the user's language and keeps what was typed; nothing is stored", async () => {
    const { saveDelegationAction } = await import("@/lib/invitations/actions/delegate");
    const deadline = endOfGenevaDay(2099, 1, 15);
    const campaign = await createCampaign(prisma, { responseDeadline: deadline });
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "SN", language: "fr" });
    session.user = { id: "u-late", email: invitation.email, name: null, role: "STAKEHOLDER" };
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(deadline.getTime() + 1000));

    const state = await saveDelegationAction("fr", invitation.id, { status: "idle" }, form(delegation));

    expect(state).toMatchObject({ status: "error", code: "DEADLINE_PASSED", values: { "members[r0].name": "Amina Diallo", "members[r0].title": "Ministre" } });
    expect(state.status === "error" && state.message).toMatch(/date limite/i);
    expect(await prisma.participationConfirmation.count({ where: { invitationId: invitation.id } })).toBe(0);
  });

  test("another address (a forwarded link) gets NOT_FOUND; bad input gets translated field errors", async () => {
    const { saveDelegationAction } = await import("@/lib/invitations/actions/delegate");
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "EG" });

    session.user = { id: "someone", email: `colleague-${invitation.email}`, name: null, role: "STAKEHOLDER" };
    expect(await saveDelegationAction("en", invitation.id, { status: "idle" }, form(delegation))).toMatchObject({ status: "error", code: "NOT_FOUND" });

    session.user = { id: "addressee", email: invitation.email, name: null, role: "STAKEHOLDER" };
    const bad = await saveDelegationAction(
      "ar",
      invitation.id,
      { status: "idle" },
      form({ ...delegation, "members[r0].name": "<b>x</b>", "members[r1].name": "y".repeat(500) }),
    );

    expect(bad).toMatchObject({ status: "error", code: "VALIDATION" });
    const errors = bad.status === "error" ? bad.fieldErrors : {};
    expect(errors?.["members[r0].name"]).toEqual(["احذف الرمزين < و >: يُقبل النص العادي فقط."]);
    expect(errors?.["members[r1].name"]?.length).toBeGreaterThan(0);
    expect(await prisma.participationConfirmation.count({ where: { invitationId: invitation.id } })).toBe(0);
  });
});

const idle = { status: "idle" } as const;
async function asSecretariat() {
  const secretariat = await createSecretariat(prisma);
  session.user = { id: secretariat.id, email: secretariat.email, name: null, role: "SECRETARIAT" };
}
const redirectOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    const url = (error as { url?: string }).url;
    if (url) return url;
    throw error;
  }
  throw new Error("no redirect");
};

describe("the secretariat's invitation actions", () => {
  test("a row command bound to something other than the four commands is refused as NOT_FOUND, and nothing changes", async () => {
    const { invitationCommandAction } = await import("@/lib/invitations/actions/admin");
    await asSecretariat();
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "KE" });

    const state = await invitationCommandAction("en", invitation.id, campaign.id, "constructor", idle, new FormData());

    expect(state).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("SENT");
  });

  test("revoking from the row button revokes, says so, and purges the cached public pages", async () => {
    const { invitationCommandAction } = await import("@/lib/invitations/actions/admin");
    await asSecretariat();
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "GH" });
    revalidatePath.mockClear();

    const state = await invitationCommandAction("fr", invitation.id, campaign.id, "revoke", idle, new FormData());

    expect(state).toMatchObject({ status: "success", message: "Opération effectuée." });
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("REVOKED");
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    expect(revalidatePath).toHaveBeenCalledWith(`/fr/admin/invitations/${campaign.id}/${invitation.id}`);
  });

  test("the CSV preview writes nothing and counts the rows; a bad file errs on the text area, which keeps the text; the import redirects", async () => {
    const { importCsvAction } = await import("@/lib/invitations/actions/admin");
    await asSecretariat();
    const campaign = await createCampaign(prisma);
    const csv = "country,name,title,email,language\nKE,Ms A,Minister,a@gov.example,en\nZZ,Mr B,Minister,b@gov.example,en\n";

    const preview = await importCsvAction("en", campaign.id, idle, form({ intent: "preview", csv }));
    expect(preview).toMatchObject({ status: "success", message: expect.stringMatching(/1\D+1/), values: { csv } });
    expect(await prisma.invitation.count({ where: { campaignId: campaign.id } })).toBe(0);

    const bad = await importCsvAction("en", campaign.id, idle, form({ intent: "preview", csv: "just one line" }));
    expect(bad).toMatchObject({ status: "error", code: "VALIDATION", values: { csv: "just one line" } });
    expect(bad.status === "error" && bad.fieldErrors?.csv?.length).toBeGreaterThan(0);

    expect(await redirectOf(importCsvAction("en", campaign.id, idle, form({ intent: "import", csv })))).toBe(`/en/admin/invitations/${campaign.id}?imported=1`);
    expect(await prisma.invitation.count({ where: { campaignId: campaign.id } })).toBe(1);
  });
});

describe("submitStatementAction", () => {
  test("a renamed web page is refused under the file field, with the text kept and the file not echoed", async () => {
    const { saveDelegation } = await import("@/lib/invitations/service/answers");
    const { requestStatement } = await import("@/lib/policy-statements/service");
    const { submitStatementAction } = await import("@/lib/policy-statements/actions");
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "SN" });
    const delegate = await createDelegate(prisma, invitation.email);
    await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, new Date());
    await requestStatement(
      delegate,
      invitation.id,
      { speakerName: "Amina Diallo", speakerTitle: "Minister", protocolCategory: "MINISTER", language: "fr" },
      new Date(),
    );
    session.user = { id: delegate.id, email: delegate.email, name: null, role: "STAKEHOLDER" };
    const data = form({ text: "Excellences, mesdames et messieurs." });
    data.append("file", new File(["<html>not a pdf</html>"], "statement.pdf", { type: "application/pdf" }));

    const state = await submitStatementAction("fr", invitation.id, idle, data);

    expect(state).toMatchObject({ status: "error", code: "VALIDATION", values: { text: "Excellences, mesdames et messieurs." } });
    expect(state.status === "error" && state.fieldErrors?.file?.length).toBe(1);
    expect(state.status === "error" && state.values?.file).toBeUndefined();
    expect((await prisma.policyStatement.findUniqueOrThrow({ where: { invitationId: invitation.id } })).status).toBe("REQUESTED");
  });
});
