// The secretariat's view of the registrations on real PostgreSQL: the list's filters, the
// statistics, the dashboard counts and the export (audited, formula-safe, no passport data
// unless asked for).
import Papa from "papaparse";
import { describe, expect, test, vi } from "vitest";
import { createSecretariat, freshEdition } from "../../factories/invitations";
import { asSecretariat } from "../../helpers/secretariat";
import { invitationSuite } from "../invitations/suite";
import { createRegistration, ensureStakeholderTypes } from "./admin-support";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const auth = vi.fn();
vi.mock("@/lib/auth/auth", () => ({ auth: () => auth() }));

const suite = invitationSuite();
const prisma = suite.prisma;

async function arrange() {
  await ensureStakeholderTypes(prisma);
  const edition = await freshEdition(prisma);
  const admin = await createSecretariat(prisma);
  const rows = [
    await createRegistration(prisma, edition.id, {
      familyName: '=HYPERLINK("http://evil")',
      gender: "FEMALE",
      countryCode: "SN",
      visa: { passportNumber: "SN1234567" },
    }),
    await createRegistration(prisma, edition.id, {
      familyName: "Okafor",
      gender: "MALE",
      countryCode: "NG",
      attendance: "REMOTE",
      stakeholderTypeCode: "ACADEMIA",
      status: "ACCREDITED",
    }),
    await createRegistration(prisma, edition.id, {
      familyName: "Larsen",
      gender: "FEMALE",
      countryCode: "NO",
      stakeholderTypeCode: "CIVIL_SOCIETY",
      status: "CANCELLED",
    }),
    await createRegistration(prisma, edition.id, { familyName: "Tanaka", gender: "OTHER", countryCode: "JP", status: "REJECTED" }),
  ];
  return { edition, admin, secretariat: asSecretariat({ ...admin, name: null }), rows };
}

const exportRoute = async (url: string) => {
  const { GET } = await import("@/app/[locale]/admin/exports/[dataset]/route");
  return GET(new Request(url), { params: Promise.resolve({ locale: "en", dataset: "forum-registrations" }) });
};

describe("the secretariat's registrations", () => {
  test("the list filters by status, gender, UN region, stakeholder type, attendance and visa request", async () => {
    const { listRegistrations } = await import("@/lib/registrations/admin-queries");
    const { edition, secretariat } = await arrange();
    const names = async (filter: Parameters<typeof listRegistrations>[2]) =>
      (await listRegistrations(secretariat, edition.id, filter, "en")).rows.map((r) => r.familyName).sort();

    expect(await names({})).toHaveLength(4);
    expect(await names({ gender: "FEMALE" })).toEqual(['=HYPERLINK("http://evil")', "Larsen"]);
    expect(await names({ region: "africa" })).toEqual(['=HYPERLINK("http://evil")', "Okafor"]);
    expect(await names({ region: "africa", attendance: "REMOTE" })).toEqual(["Okafor"]);
    expect(await names({ stakeholderType: "CIVIL_SOCIETY" })).toEqual(["Larsen"]);
    expect(await names({ status: "ACCREDITED" })).toEqual(["Okafor"]);
    expect(await names({ visa: "yes" })).toEqual(['=HYPERLINK("http://evil")']);
    expect(await names({ visa: "no", q: "tana" })).toEqual(["Tanaka"]);
    expect(await names({ category: "DELEGATE" })).toEqual([]);
  });

  test("statistics count participants (neither cancelled nor rejected) by gender, region and stakeholder type; the dashboard counts every status", async () => {
    const { registrationStatistics } = await import("@/lib/registrations/admin-queries");
    const { getDashboard } = await import("@/lib/statistics/dashboard");
    const { edition, secretariat } = await arrange();

    const stats = await registrationStatistics(secretariat, edition.id, "en");
    const dashboard = await getDashboard(secretariat, edition.id, new Date());

    const counts = (series: { key: string; count: number }[]) => Object.fromEntries(series.filter((s) => s.count).map((s) => [s.key, s.count]));
    expect([stats.total, stats.accredited]).toEqual([4, 1]);
    expect(counts(stats.byGender)).toEqual({ FEMALE: 1, MALE: 1 });
    expect(counts(stats.byRegion)).toEqual({ africa: 2 });
    expect(counts(stats.byStakeholderType)).toEqual({ GOVERNMENT: 1, ACADEMIA: 1 });
    expect(counts(stats.byAttendance)).toEqual({ ON_SITE: 1, REMOTE: 1 });
    expect(dashboard.forumRegistrations).toEqual({ byStatus: { PENDING: 1, ACCREDITED: 1, CANCELLED: 1, REJECTED: 1 }, total: 4, sinceYesterday: 4 });
  });

  test("the CSV export holds no passport data by default, neutralises formulas and is audited; passport data only when asked", async () => {
    const { edition, admin } = await arrange();
    auth.mockResolvedValue({ user: { id: admin.id, email: admin.email, role: "SECRETARIAT", secondFactorVerified: true } });
    const base = `http://localhost/en/admin/exports/forum-registrations?edition=${edition.year}&format=csv`;

    const plain = await exportRoute(base);
    const withPassport = await exportRoute(`${base}&passport=1`);

    expect([plain.status, withPassport.status]).toEqual([200, 200]);
    const parse = async (r: Response) => Papa.parse<string[]>((await r.text()).replace(/^\uFEFF/, "")).data.filter((row) => row.length > 1);
    const [header, ...rows] = await parse(plain);
    expect(rows).toHaveLength(4);
    expect(header).toContain("Visa letter requested");
    expect(header).not.toContain("Passport number");
    expect(JSON.stringify(rows)).not.toContain("SN1234567");
    expect(rows.map((r) => r[header.indexOf("Family name")])).toContain('\'=HYPERLINK("http://evil")');
    const [header2, ...rows2] = await parse(withPassport);
    expect(rows2.map((r) => r[header2.indexOf("Passport number")])).toContain("SN1234567");
    expect(withPassport.headers.get("content-disposition")).toContain("with-passport-data");
    const audits = await prisma.auditEntry.findMany({ where: { entityId: edition.id, action: "export.downloaded" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.data)).toEqual([
      { dataset: "forum-registrations", format: "csv" },
      { dataset: "forum-registrations", format: "csv", passport: true },
    ]);
  });
});
