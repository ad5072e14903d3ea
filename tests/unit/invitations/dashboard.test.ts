import { describe, expect, test } from "vitest";
import { buildDashboard, type DashboardInvitationRow } from "@/lib/invitations/dashboard";

const confirmed = (regionCode: string, genders: ("FEMALE" | "MALE" | "OTHER")[]): DashboardInvitationRow => ({
  regionCode,
  status: "CONFIRMED",
  confirmation: { decision: "ATTENDING", state: "SUBMITTED", members: genders.map((gender) => ({ gender })) },
});

describe("confirmations dashboard", () => {
  test("answers by region, delegation sizes and the share of women", () => {
    const rows: DashboardInvitationRow[] = [
      confirmed("europe", ["FEMALE", "FEMALE", "MALE"]),
      confirmed("europe", ["MALE"]),
      confirmed("africa", ["FEMALE", "OTHER"]),
      { regionCode: "africa", status: "DECLINED", confirmation: { decision: "DECLINED", state: "SUBMITTED", members: [] } },
      { regionCode: "africa", status: "VIEWED", confirmation: { decision: "ATTENDING", state: "DRAFT", members: [{ gender: "FEMALE" }] } },
      { regionCode: "asia", status: "SENT", confirmation: null },
      { regionCode: "oceania", status: "REVOKED", confirmation: null },
    ];

    const d = buildDashboard(rows, ["africa", "americas", "asia", "europe", "oceania"]);

    expect(d.total).toEqual({
      invited: 6,
      confirmed: 3,
      declined: 1,
      noAnswer: 2,
      delegations: 3,
      delegates: 6,
      women: 3,
      womenShare: 0.5,
      delegationsWithWoman: 2,
      averageSize: 2,
      largest: 3,
      smallest: 1,
    });
    expect(d.byRegion.map((r) => [r.regionCode, r.counts.invited, r.counts.confirmed, r.counts.declined, r.counts.noAnswer, r.counts.women])).toEqual([
      ["africa", 3, 1, 1, 1, 1],
      ["asia", 1, 0, 0, 1, 0],
      ["europe", 2, 2, 0, 0, 2],
    ]);
  });

  test("no confirmations: zeros, not NaN", () => {
    const d = buildDashboard([{ regionCode: "asia", status: "SENT", confirmation: null }], ["asia"]);

    expect(d.total.womenShare).toBe(0);
    expect(d.total.averageSize).toBe(0);
    expect(d.total.largest).toBe(0);
  });
});
