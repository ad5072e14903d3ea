import { authorizeRequest } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { toCsv } from "@/lib/invitations/csv-import";
import { genderBalance } from "@/lib/invitations/policy";
import { listCampaignExportRows } from "@/lib/invitations/queries";
import { campaignIdParam } from "@/lib/invitations/schemas";

/** The campaign's answers as CSV: one line per invitation, the delegation in figures and names. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const auth = await authorizeRequest("SECRETARIAT");
  if ("status" in auth) return new Response(null, { status: auth.status });
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "en";
  const campaign = campaignIdParam.safeParse(new URL(request.url).searchParams.get("campaign"));
  if (!campaign.success) return new Response(null, { status: 404 });
  const rows = await listCampaignExportRows(campaign.data);
  const iso = (d: Date | null | undefined) => d?.toISOString() ?? "";
  const csv = toCsv(
    ["member_state_code", "member_state", "un_region", "addressee", "title", "email", "language", "status", "sent_at", "answered_at", "deadline_extended_to", "reference", "decision", "delegates", "women", "head_of_delegation", "delegation"],
    rows.map((r) => {
      const members = r.confirmation?.state === "SUBMITTED" ? r.confirmation.members : [];
      const balance = genderBalance(members);
      return [
        r.memberStateCode,
        localizeText(r.memberState.name, locale),
        r.memberState.regionCode,
        r.addresseeName,
        r.addresseeTitle,
        r.email,
        r.language,
        r.status,
        iso(r.sentAt),
        iso(r.respondedAt),
        iso(r.deadlineExtendedTo),
        r.confirmation?.reference ?? "",
        r.confirmation?.state === "SUBMITTED" ? r.confirmation.decision : "",
        balance.total,
        balance.women,
        members.find((m) => m.isHead)?.name ?? "",
        members.map((m) => `${m.name} (${m.title}; ${m.gender}; ${m.attendance})`).join(" | "),
      ];
    }),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="confirmations-${campaign.data}.csv"`,
      "cache-control": "no-store",
    },
  });
}
