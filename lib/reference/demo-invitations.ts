// A few addressees of the demonstration campaign CL-DEMO/01, not yet sent: the secretariat can
// try sending, and the addressee can sign in with the address (the local mailbox shows both
// mails). Create-only and keyed on (campaign, Member State), so a second seed writes nothing
// and never undoes what was tried.
import type { Prisma } from "../generated/prisma/client.ts";

export const DEMO_CAMPAIGN_SYMBOL = "CL-DEMO/01";

export const demoInvitations = [
  { memberStateCode: "CH", addresseeName: "Demo Addressee (Switzerland)", addresseeTitle: "Director", email: "delegate.ch@wsis.localhost", language: "fr" },
  { memberStateCode: "SN", addresseeName: "Demo Addressee (Senegal)", addresseeTitle: "Minister", email: "delegate.sn@wsis.localhost", language: "fr" },
  { memberStateCode: "EG", addresseeName: "Demo Addressee (Egypt)", addresseeTitle: "Minister", email: "delegate.eg@wsis.localhost", language: "ar" },
] as const;

/** Writes the missing demonstration invitations; returns how many were created. */
export async function syncDemoInvitations(tx: Prisma.TransactionClient, editionId: string): Promise<{ created: number; updated: number }> {
  const campaign = await tx.invitationCampaign.findUnique({ where: { editionId_symbol: { editionId, symbol: DEMO_CAMPAIGN_SYMBOL } }, select: { id: true } });
  if (!campaign) return { created: 0, updated: 0 };
  const { count } = await tx.invitation.createMany({
    data: demoInvitations.map((i) => ({ ...i, campaignId: campaign.id, editionId })),
    skipDuplicates: true,
  });
  return { created: count, updated: 0 };
}
