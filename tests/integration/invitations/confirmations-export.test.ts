// The delegation confirmations CSV: secretariat only, audited, cells a spreadsheet could run inert.
import Papa from "papaparse";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createCampaign, createInvitation, createSecretariat } from "../../factories/invitations";
import { invitationSuite } from "./suite";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const auth = vi.fn();
vi.mock("@/lib/auth/auth", () => ({ auth: () => auth() }));

const suite = invitationSuite();
const prisma = suite.prisma;

const get = async (campaign: string) => {
  const { GET } = await import("@/app/[locale]/admin/confirmations/export/route");
  return GET(new Request(`http://localhost/fr/admin/confirmations/export?campaign=${campaign}`), { params: Promise.resolve({ locale: "fr" }) });
};
const exports = (entityId: string) =>
  prisma.auditEntry.findMany({ where: { action: "export.downloaded", entityId }, select: { actorId: true, entityType: true, data: true } });

describe("confirmations export", () => {
  beforeEach(() => auth.mockReset());

  test("the secretariat's download is audited, and a name written as a formula stays text in any separator", async () => {
    const admin = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "KE" });
    await prisma.invitation.update({ where: { id: invitation.id }, data: { addresseeName: "x;=1+2", addresseeTitle: '=HYPERLINK("http://evil.example")' } });
    auth.mockResolvedValue({ user: { id: admin.id, email: admin.email, role: "SECRETARIAT", secondFactorVerified: true } });

    const response = await get(campaign.id);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="confirmations-${campaign.id}.csv"`);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    // quoted, so a spreadsheet splitting on ";" cannot start a formula after the separator
    expect(text).toContain('"x;=1+2"');
    const [header, row] = Papa.parse<string[]>(text).data as [string[], string[]];
    expect(row[header.indexOf("addressee")]).toBe("x;=1+2");
    expect(row[header.indexOf("title")]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(await exports(campaign.id)).toEqual([{ actorId: admin.id, entityType: "InvitationCampaign", data: { dataset: "confirmations", format: "csv" } }]);
  });

  test("visitors, delegates and stakeholders get no file and leave no audit entry; an unknown campaign is a 404", async () => {
    const admin = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    await createInvitation(prisma, campaign);

    auth.mockResolvedValue(null);
    const visitor = await get(campaign.id);
    auth.mockResolvedValue({ user: { id: "d", email: "d@example.org", role: "DELEGATE" } });
    const delegate = await get(campaign.id);
    auth.mockResolvedValue({ user: { id: "s", email: "s@example.org", role: "STAKEHOLDER" } });
    const stakeholder = await get(campaign.id);
    auth.mockResolvedValue({ user: { id: admin.id, email: admin.email, role: "SECRETARIAT", secondFactorVerified: true } });
    const unknown = await get("nosuchcampaign0000");

    expect([visitor.status, delegate.status, stakeholder.status, unknown.status]).toEqual([401, 403, 403, 404]);
    expect(await stakeholder.text()).toBe("");
    expect(await exports(campaign.id)).toEqual([]);
  });
});
