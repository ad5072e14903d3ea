import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/exports/csv";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { genderBalance } from "../policy";
import { listCampaignExportRows } from "../queries";
import { assertSecretariat, type Actor } from "./common";

const COLUMNS = [
  "member_state_code",
  "member_state",
  "un_region",
  "addressee",
  "title",
  "email",
  "language",
  "status",
  "sent_at",
  "answered_at",
  "deadline_extended_to",
  "reference",
  "decision",
  "delegates",
  "women",
  "head_of_delegation",
  "delegation",
];

/**
 * A campaign's answers as CSV, one line per invitation with the delegation in figures and names.
 * Names and e-mail addresses leave the portal, so the download is audited ("export.downloaded")
 * before the file is built; null when there is no such campaign.
 */
export async function exportCampaignConfirmations({
  actor,
  campaignId,
  locale,
}: {
  actor: Actor;
  campaignId: string;
  locale: Locale;
}): Promise<{ filename: string; body: string } | null> {
  assertSecretariat(actor);
  const campaign = await db.invitationCampaign.findUnique({ where: { id: campaignId }, select: { id: true } });
  if (!campaign) return null;
  await recordAuditEvent(db, {
    actorId: actor.id,
    action: "export.downloaded",
    entity: { type: "InvitationCampaign", id: campaign.id },
    data: { dataset: "confirmations", format: "csv" },
  });
  const rows = await listCampaignExportRows(campaign.id);
  const iso = (d: Date | null | undefined) => d?.toISOString() ?? "";
  const body = toCsv(
    COLUMNS,
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
  return { filename: `confirmations-${campaign.id}.csv`, body };
}
