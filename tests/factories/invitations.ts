// Factories of the invitation flow: Member States (the integration database is not seeded),
// campaigns and invitations in any state, with the personal link's token when sent.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { InvitationStatus, Language } from "@/lib/generated/prisma/enums";
import { unRegions } from "@/lib/reference/catalog";
import { memberStates } from "@/lib/reference/member-states";
import { calendarDay, endOfGenevaDay } from "@/lib/time/geneva";
import { uniqueEmail } from "../helpers/database";
import { createEdition, createUser } from "./core";

/** The UN regions and Member States, written once per database (idempotent). */
export async function ensureMemberStates(db: PrismaClient) {
  if ((await db.memberState.count()) >= 193) return;
  await db.unRegion.createMany({ data: [...unRegions], skipDuplicates: true });
  await db.memberState.createMany({ data: memberStates(), skipDuplicates: true });
}

export async function createSecretariat(db: PrismaClient) {
  const user = await createUser(db, { role: "SECRETARIAT", email: uniqueEmail("secretariat") });
  return { id: user.id, email: user.email, role: user.role };
}

/** createEdition picks a random year: with many editions per run two may draw the same one, so draw again. */
export async function freshEdition(db: PrismaClient) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createEdition(db);
    } catch (error) {
      const duplicateYear = (error as { code?: string }).code === "P2002";
      if (!duplicateYear || attempt >= 5) throw error;
    }
  }
}

export async function createCampaign(
  db: PrismaClient,
  overrides: { editionId?: string; responseDeadline?: Date; statementDeadline?: Date | null; symbol?: string } = {},
) {
  const editionId = overrides.editionId ?? (await freshEdition(db)).id;
  const responseDeadline = overrides.responseDeadline ?? endOfGenevaDay(2099, 1, 15);
  const statementDeadline = overrides.statementDeadline === undefined ? endOfGenevaDay(2099, 2, 15) : overrides.statementDeadline;
  const campaign = await db.invitationCampaign.create({
    data: {
      editionId,
      symbol: overrides.symbol ?? `CL-T/${crypto.randomUUID().slice(0, 8)}`,
      letterDate: calendarDay(2029, 12, 6),
      subject: { en: "Invitation to the test Forum", fr: "Invitation au Forum d'essai", ar: "دعوة إلى المنتدى التجريبي" },
      // the letter's deadlines are Deadline rows of the campaign (lib/deadlines)
      deadlines: {
        create: [
          { editionId, kind: "INVITATION_RESPONSE", closesAt: responseDeadline },
          ...(statementDeadline ? [{ editionId, kind: "POLICY_STATEMENT" as const, closesAt: statementDeadline }] : []),
        ],
      },
    },
    include: { edition: true },
  });
  return { ...campaign, responseDeadline, statementDeadline };
}

/** An invitation's extension of its campaign's response deadline, as the secretariat grants it. */
export async function extendInvitation(db: PrismaClient, invitation: { id: string; campaignId: string }, closesAt: Date) {
  const deadline = await db.deadline.findFirstOrThrow({ where: { campaignId: invitation.campaignId, kind: "INVITATION_RESPONSE" } });
  return db.deadlineExtension.create({ data: { deadlineId: deadline.id, invitationId: invitation.id, closesAt, reason: "test" } });
}

export const tokenHash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** An invitation; when it is past NOT_SENT it has a link token (returned, as only the mail has it). */
export async function createInvitation(
  db: PrismaClient,
  campaign: { id: string; editionId: string },
  overrides: { memberStateCode?: string; email?: string; status?: InvitationStatus; language?: Language; deadlineExtendedTo?: Date | null } = {},
) {
  const status = overrides.status ?? "SENT";
  const token = crypto.randomBytes(32).toString("base64url");
  const invitation = await db.invitation.create({
    data: {
      campaignId: campaign.id,
      editionId: campaign.editionId,
      memberStateCode: overrides.memberStateCode ?? "CH",
      addresseeName: "Ms Anna Rossi",
      addresseeTitle: "Director",
      email: (overrides.email ?? uniqueEmail("delegate")).toLowerCase(),
      language: overrides.language ?? "en",
      status,
      tokenHash: status === "NOT_SENT" ? null : tokenHash(token),
      sentAt: status === "NOT_SENT" ? null : new Date(),
    },
  });
  if (overrides.deadlineExtendedTo) await extendInvitation(db, invitation, overrides.deadlineExtendedTo);
  return { invitation, token };
}

/** The delegate signed in with the invitation's address, as a service actor. */
export async function createDelegate(db: PrismaClient, email: string) {
  const user = await createUser(db, { email });
  return { id: user.id, email: user.email, role: user.role };
}

export const threeDelegates = [
  { name: "Amina Diallo", title: "Minister of ICT", gender: "FEMALE" as const, email: "amina@gov.example", attendance: "ON_SITE" as const },
  { name: "Li Wei", title: "Adviser", gender: "MALE" as const, email: undefined, attendance: "REMOTE" as const },
  { name: "Sara Haddad", title: "Director of Telecommunications", gender: "FEMALE" as const, email: undefined, attendance: "ON_SITE" as const },
];
