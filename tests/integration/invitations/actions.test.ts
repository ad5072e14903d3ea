// The delegate's server actions with only the framework edges stubbed (cache, redirect, after,
// the session): what the form gets back after the deadline, for another address, for bad input.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { endOfGenevaDay } from "@/lib/time/geneva";
import { createCampaign, createInvitation } from "../../factories/invitations";
import { invitationSuite } from "./suite";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null; role: "STAKEHOLDER" } }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
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
    const bad = await saveDelegationAction("ar", invitation.id, { status: "idle" }, form({ ...delegation, "members[r0].name": "<b>x</b>", "members[r1].name": "y".repeat(500) }));

    expect(bad).toMatchObject({ status: "error", code: "VALIDATION" });
    const errors = bad.status === "error" ? bad.fieldErrors : {};
    expect(errors?.["members[r0].name"]).toEqual(["احذف الرمزين < و >: يُقبل النص العادي فقط."]);
    expect(errors?.["members[r1].name"]?.length).toBeGreaterThan(0);
    expect(await prisma.participationConfirmation.count({ where: { invitationId: invitation.id } })).toBe(0);
  });
});
