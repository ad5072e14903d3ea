import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { freePort } from "@/lib/postgres/embedded";
import { genevaTime } from "@/lib/time/geneva";
import { createStakeholder, ensureReferenceData } from "../../factories/consultation";
import { createUser } from "../../factories/core";
import { createForumRegistration, createRegistrationEdition } from "../../factories/registrations";
import { testDb } from "../../helpers/database";
import { readPdfText } from "../../helpers/pdf-text";
import { asSecretariat } from "../../helpers/secretariat";
import { startSmtpCapture, type SmtpCapture } from "../../helpers/smtp";

let db: PrismaClient;
let smtp: SmtpCapture;
beforeAll(async () => {
  smtp = await startSmtpCapture({ port: await freePort() });
  process.env.SMTP_URL = smtp.url;
  db = testDb();
  await ensureReferenceData(db);
});
afterAll(async () => {
  await smtp.close();
  await db.$disconnect();
  const { db: appDb } = await import("@/lib/db");
  await appDb.$disconnect();
});

const load = async () => ({ ...(await import("@/lib/registrations/visa-letters")), ...(await import("@/lib/email/outbox")) });
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );
const now = genevaTime(2030, 3, 2, 11, 0);

async function arrange(status: "ACCREDITED" | "PENDING" = "ACCREDITED", letterLanguage: "EN" | "FR" = "EN") {
  const edition = await createRegistrationEdition(db);
  const owner = await createStakeholder(db);
  const registration = await createForumRegistration(db, { editionId: edition.id, userId: owner.id, status, givenNames: "فاطمة", familyName: "الزهراء" });
  const request = await db.visaLetterRequest.create({
    data: {
      registrationId: registration.id,
      nationality: "EG",
      passportNumber: `A${Date.now().toString().slice(-7)}`,
      passportExpiry: new Date(Date.UTC(2032, 0, 15)),
      dateOfBirth: new Date(Date.UTC(1985, 6, 4)),
      swissRepresentation: "Embassy of Switzerland in Cairo",
      letterLanguage,
    },
  });
  const staff = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
  return { edition, owner, registration, request, staff };
}

describe("visa support letters", () => {
  test("approving generates the letter, mails it to the participant as a PDF attachment, and audits it", async () => {
    const { approveVisaLetter, deliverDueMail } = await load();
    const { owner, request, staff } = await arrange();

    const { referenceNumber } = await approveVisaLetter({ actor: staff, requestId: request.id, now });

    expect(referenceNumber).toMatch(/^WSIS\d{4}-VL-[A-Z2-9]{8}$/);
    const stored = await db.visaLetterRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ status: "APPROVED", referenceNumber, decidedById: staff.id, approvedAt: now });
    expect(await db.auditEntry.count({ where: { action: "visa_letter.approved", entityId: request.id } })).toBe(1);
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: owner.email, template: "visa_letter.approved" } });
    await deliverDueMail({ ids: [message.id] });
    const mail = await smtp.waitFor(owner.email);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([[`${referenceNumber}.pdf`, "application/pdf"]]);
    const text = await readPdfText(mail.attachments[0].content);
    expect(text.lines).toContain("فاطمة الزهراء");
    expect(text.all).toContain(`Our ref. ${referenceNumber}`);
    expect(text.all).toContain("Egypt");
    expect(text.all).toContain("Embassy of Switzerland in Cairo");
  });

  test("the letter downloads for its owner and the secretariat only; a second approval is refused", async () => {
    const { approveVisaLetter, downloadVisaLetter } = await load();
    const { owner, request, staff } = await arrange("ACCREDITED", "FR");
    const stranger = await createStakeholder(db);
    const viewer = (u: CurrentUser) => ({ id: u.id, email: u.email, name: u.name, role: u.role });

    expect(await downloadVisaLetter(viewer(owner), request.id)).toBeNull(); // not approved yet
    await approveVisaLetter({ actor: staff, requestId: request.id, now });

    const own = await downloadVisaLetter(viewer(owner), request.id);
    expect((await readPdfText(own!.pdf)).all).toContain("Passeport valable jusqu’au");
    expect(await downloadVisaLetter(staff, request.id)).not.toBeNull();
    expect(await downloadVisaLetter(viewer(stranger), request.id)).toBeNull();
    expect(await outcome(approveVisaLetter({ actor: staff, requestId: request.id, now }))).toBe("INVALID_STATE");
    expect(await db.auditEntry.count({ where: { action: "visa_letter.downloaded", entityId: request.id } })).toBe(2);
  });

  test("erasing the passport data also deletes the mailed letter's stored copy (it prints the passport number); the letter no longer downloads", async () => {
    const { approveVisaLetter, downloadVisaLetter } = await load();
    const { erasePassportDataOfEdition } = await import("@/lib/registrations/erase");
    const { edition, owner, request, staff } = await arrange();
    const other = await arrange(); // another edition's letter stays
    const { referenceNumber } = await approveVisaLetter({ actor: staff, requestId: request.id, now });
    const kept = await approveVisaLetter({ actor: staff, requestId: other.request.id, now });
    expect(await db.outboxAttachment.count({ where: { filename: `${referenceNumber}.pdf` } })).toBe(1);

    await db.$transaction((tx) => erasePassportDataOfEdition(tx, edition, { now, actorId: staff.id, reason: "manual" }));

    expect(await db.outboxAttachment.count({ where: { filename: `${referenceNumber}.pdf` } })).toBe(0);
    expect(await db.outboxAttachment.count({ where: { filename: `${kept.referenceNumber}.pdf` } })).toBe(1);
    expect(await db.visaLetterRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ passportNumber: null, erasedAt: now });
    expect(await downloadVisaLetter({ id: owner.id, email: owner.email, name: owner.name, role: owner.role }, request.id)).toBeNull();
  });

  test("a request of a registration not yet accredited, or whose passport data was erased, is not approved", async () => {
    const { approveVisaLetter } = await load();
    const pending = await arrange("PENDING");
    const erased = await arrange();
    await db.visaLetterRequest.update({
      where: { id: erased.request.id },
      data: { erasedAt: now, passportNumber: null, dateOfBirth: null, passportExpiry: null },
    });

    expect(await outcome(approveVisaLetter({ actor: pending.staff, requestId: pending.request.id, now }))).toBe("INVALID_STATE");
    expect(await outcome(approveVisaLetter({ actor: erased.staff, requestId: erased.request.id, now }))).toBe("INVALID_STATE");
    expect(await db.visaLetterRequest.count({ where: { id: { in: [pending.request.id, erased.request.id] }, status: "APPROVED" } })).toBe(0);
  });

  test("rejecting records the reason, mails it in the participant's language, and cannot be repeated", async () => {
    const { rejectVisaLetter } = await load();
    const { owner, registration, request, staff } = await arrange();
    await db.forumRegistration.update({ where: { id: registration.id }, data: { locale: "es" } });

    await rejectVisaLetter({ actor: staff, requestId: request.id, reason: "El pasaporte caduca antes del Foro.", now });

    expect(await db.visaLetterRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "REJECTED",
      statusReason: "El pasaporte caduca antes del Foro.",
    });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: owner.email, template: "visa_letter.rejected" } });
    expect(message.language).toBe("es");
    expect(message.text).toContain("Motivo: El pasaporte caduca antes del Foro.");
    expect(await outcome(rejectVisaLetter({ actor: staff, requestId: request.id, reason: "again", now }))).toBe("INVALID_STATE");
  });
});
