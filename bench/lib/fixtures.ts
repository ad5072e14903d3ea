// Signed-in users for the benchmarks, written straight into the database as Auth.js writes them
// (a session row and its cookie), as the e2e tests do: delegates of the demo letter CL-DEMO/01
// with an invitation each, and stakeholders with a complete profile.
import crypto from "node:crypto";
import type { createPrismaClient } from "../../lib/prisma-client.ts";
import { DEMO_CAMPAIGN_SYMBOL, demoInvitations } from "../../lib/reference/demo-invitations.ts";

type Prisma = ReturnType<typeof createPrismaClient>;

export const SESSION_COOKIE = "authjs.session-token";

/** Auth.js's session maxAge (SESSION_MAX_AGE in lib/auth/session-lifetime.ts): a new session expires 7 days out. */
const SESSION_MAX_AGE_MS = 7 * 24 * 3600_000;

async function session(prisma: Prisma, userId: string): Promise<string> {
  const sessionToken = crypto.randomUUID();
  // as Auth.js creates it at sign-in; an earlier expiry would make every request renew the session
  await prisma.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_MS) } });
  return `${SESSION_COOKIE}=${sessionToken}`;
}

export interface Delegate {
  userId: string;
  email: string;
  invitationId: string;
  cookie: string;
}

/** `count` Member States invited by the demo letter (sent), each addressee signed in. */
export async function createDelegates(prisma: Prisma, count: number, tag = "bench"): Promise<Delegate[]> {
  const campaign = await prisma.invitationCampaign.findFirstOrThrow({ where: { symbol: DEMO_CAMPAIGN_SYMBOL }, select: { id: true, editionId: true } });
  const taken = new Set([
    ...demoInvitations.map((i) => i.memberStateCode),
    ...(await prisma.invitation.findMany({ where: { campaignId: campaign.id }, select: { memberStateCode: true } })).map((i) => i.memberStateCode),
  ]);
  const states = (await prisma.memberState.findMany({ select: { code: true }, orderBy: { code: "asc" } })).filter((s) => !taken.has(s.code)).slice(0, count);
  if (states.length < count) throw new Error(`only ${states.length} Member States left to invite`);
  const out: Delegate[] = [];
  for (const { code } of states) {
    const email = `${tag}.delegate.${code.toLowerCase()}@example.org`;
    const invitation = await prisma.invitation.create({
      data: {
        campaignId: campaign.id,
        editionId: campaign.editionId,
        memberStateCode: code,
        addresseeName: `Addressee ${code}`,
        addresseeTitle: "Minister",
        email,
        language: "en",
        status: "SENT",
        sentAt: new Date(),
        tokenHash: crypto.createHash("sha256").update(crypto.randomBytes(32)).digest("hex"),
      },
    });
    const user = await prisma.user.create({ data: { email, name: `Delegate ${code}`, role: "STAKEHOLDER", emailVerified: new Date() } });
    out.push({ userId: user.id, email, invitationId: invitation.id, cookie: await session(prisma, user.id) });
  }
  return out;
}

export interface Stakeholder {
  userId: string;
  email: string;
  cookie: string;
}

/** `count` stakeholders, each of their own organisation, with a complete profile. */
export async function createStakeholders(prisma: Prisma, count: number, tag = "bench"): Promise<Stakeholder[]> {
  const type = await prisma.stakeholderType.findFirstOrThrow({ select: { code: true }, orderBy: { code: "asc" } });
  const out: Stakeholder[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${tag}.stakeholder.${i}@example.org`;
    const name = `${tag} organisation ${i} ${crypto.randomUUID().slice(0, 8)}`;
    const organisation = await prisma.organisation.create({
      data: { name, normalizedName: name.toLowerCase(), stakeholderTypeCode: type.code, countryCode: "CH" },
    });
    const user = await prisma.user.create({
      data: {
        email,
        name: `Stakeholder ${i}`,
        role: "STAKEHOLDER",
        emailVerified: new Date(),
        organisationId: organisation.id,
        stakeholderTypeCode: type.code,
        countryCode: "CH",
      },
    });
    out.push({ userId: user.id, email, cookie: await session(prisma, user.id) });
  }
  return out;
}
