import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { CurrentUser, Secretariat } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { FOCAL_INVITATION_STATUSES, scopeKey, type FocalPointScope } from "./focal-point-policy";
import type { NameFocalPointInput } from "./admin-schemas";

type Reader = Tx | typeof db;
type Person = Pick<CurrentUser, "id" | "email">;

/**
 * The (edition, Member State) pairs a user accredits delegations for: those the secretariat named
 * them for (by address, or by account once it exists), and those whose invitation is addressed to
 * them (sent and not revoked). Optionally for one edition.
 */
export async function focalPointScopes(client: Reader, user: Person, editionId?: string): Promise<FocalPointScope[]> {
  const email = { equals: user.email, mode: "insensitive" } as const;
  const edition = editionId ? { editionId } : {};
  const [named, invited] = await Promise.all([
    client.focalPoint.findMany({ where: { ...edition, OR: [{ userId: user.id }, { email }] }, select: { editionId: true, memberStateCode: true } }),
    client.invitation.findMany({
      where: { ...edition, email, status: { in: [...FOCAL_INVITATION_STATUSES] } },
      select: { editionId: true, memberStateCode: true },
    }),
  ]);
  const scopes = new Map<string, FocalPointScope>();
  for (const s of [...named, ...invited]) scopes.set(scopeKey(s), { editionId: s.editionId, memberStateCode: s.memberStateCode });
  return [...scopes.values()];
}

/** Whether the user is a focal point of any delegation at all (the account page shows the link then). */
export async function isFocalPoint(user: Person): Promise<boolean> {
  return (await focalPointScopes(db, user)).length > 0;
}

// ---------------------------------------------------------------- the secretariat names them

/** The focal points of an edition: those named, and the addressees of its invitations (implicit). */
export async function listFocalPoints(_secretariat: Secretariat, editionId: string, locale: Locale) {
  const [named, invitations] = await Promise.all([
    db.focalPoint.findMany({
      where: { editionId },
      orderBy: [{ memberStateCode: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        memberStateCode: true,
        email: true,
        name: true,
        userId: true,
        createdAt: true,
        memberState: { select: { name: true } },
        namedBy: { select: { email: true } },
      },
    }),
    db.invitation.findMany({
      where: { editionId, status: { in: [...FOCAL_INVITATION_STATUSES] } },
      orderBy: { memberStateCode: "asc" },
      select: { id: true, memberStateCode: true, email: true, addresseeName: true, memberState: { select: { name: true } } },
    }),
  ]);
  return {
    named: named.map((f) => ({ ...f, memberStateName: localizeText(f.memberState.name, locale) })),
    addressees: invitations.map((i) => ({ ...i, memberStateName: localizeText(i.memberState.name, locale) })),
  };
}

/**
 * Names a focal point for a Member State and edition (one row per address; the same address
 * twice: CONFLICT), audited, and mails them where their queue is, in the language chosen.
 */
export async function nameFocalPoint(actor: Secretariat, editionId: string, input: NameFocalPointInput) {
  return db.$transaction(async (tx) => {
    const [edition, state, account] = await Promise.all([
      tx.forumEdition.findUnique({ where: { id: editionId }, select: { id: true, year: true, title: true } }),
      tx.memberState.findUnique({ where: { code: input.memberStateCode }, select: { code: true, name: true } }),
      tx.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    ]);
    if (!edition) throw new DomainError("NOT_FOUND");
    if (!state) throw new DomainError("VALIDATION", { memberStateCode: ["unknownCountry"] });
    const taken = await tx.focalPoint.count({ where: { editionId, memberStateCode: state.code, email: { equals: input.email, mode: "insensitive" } } });
    if (taken > 0) throw new DomainError("CONFLICT", { email: ["focalPointTaken"] });
    const row = await tx.focalPoint.create({
      data: { editionId, memberStateCode: state.code, email: input.email, name: input.name ?? null, userId: account?.id ?? null, namedById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "focal_point.named",
      entity: { type: "FocalPoint", id: row.id },
      data: { edition: edition.year, memberState: state.code, email: input.email },
    });
    const t = await mailTranslator(input.language);
    const values = {
      name: input.name ?? input.email,
      memberState: localizeText(state.name, input.language),
      edition: localizeText(edition.title, input.language),
      url: `${env().APP_URL}/${input.language}/focal-point`,
      email: input.email,
    };
    const text = t("FocalPointMail.named.body", values);
    await enqueueMail(tx, {
      to: input.email,
      language: input.language,
      template: "focal-point-named",
      subject: t("FocalPointMail.named.subject", values),
      text,
      html: htmlFromText(text, input.language),
      dedupeKey: `focal-point:${row.id}`,
    });
    return row;
  });
}

/** Removes a named focal point (the invitation's addressee stays one while the invitation stands). */
export async function removeFocalPoint(actor: Secretariat, focalPointId: string) {
  await db.$transaction(async (tx) => {
    const row = await tx.focalPoint.findUnique({
      where: { id: focalPointId },
      select: { id: true, memberStateCode: true, email: true, edition: { select: { year: true } } },
    });
    if (!row) throw new DomainError("NOT_FOUND");
    await tx.focalPoint.delete({ where: { id: row.id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "focal_point.removed",
      entity: { type: "FocalPoint", id: row.id },
      data: { edition: row.edition.year, memberState: row.memberStateCode, email: row.email },
    });
  });
}
