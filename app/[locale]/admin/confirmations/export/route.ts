import { authorizeRequest } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/locales";
import { campaignIdParam } from "@/lib/invitations/schemas";
import { exportCampaignConfirmations } from "@/lib/invitations/service/confirmations-export";

/** The campaign's answers as CSV (audited): one line per invitation, the delegation in figures and names. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const auth = await authorizeRequest("SECRETARIAT");
  if ("status" in auth) return new Response(null, { status: auth.status });
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "en";
  const campaign = campaignIdParam.safeParse(new URL(request.url).searchParams.get("campaign"));
  if (!campaign.success) return new Response(null, { status: 404 });
  const file = await exportCampaignConfirmations({ actor: auth.user, campaignId: campaign.data, locale });
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
}
