// The agenda builder and the organisers of a placed submission, against real PostgreSQL and a
// real SMTP server: the workshop's own description and speakers in the session, and a mail in
// the organisers' language when their session is scheduled, moved or removed.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Secretariat } from "@/lib/auth/session";
import { placeSubmissionSchema, sessionSchema } from "@/lib/agenda-builder/schemas";
import { createEdition, createUser } from "../../factories/core";
import { createStakeholder } from "../../factories/consultation";
import { createSubmission } from "../../factories/reviews";
import { testDb } from "../../helpers/database";
import { asSecretariat } from "../../helpers/secretariat";
import { startSmtpCapture, type SmtpCapture } from "../../helpers/smtp";
import { deliverMailTo } from "../../helpers/deliver-mail";

const prisma = testDb();
let smtp: SmtpCapture;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url; // read once by the transport
});
afterAll(async () => {
  await smtp.close();
  await prisma.$disconnect();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});

const load = async () => ({ ...(await import("@/lib/agenda-builder/service")), ...(await import("@/lib/email/outbox")) });

const staff = async (): Promise<Secretariat> => asSecretariat(await createUser(prisma, { role: "SECRETARIAT" }));

/** An accepted workshop request with a lead organiser, a co-organiser (no gender: organisers are not asked) and two speakers. */
async function acceptedWorkshop(editionId: string, language: "en" | "ar", title: string, body: string) {
  const author = await createStakeholder(prisma, { language });
  const workshop = await createSubmission(prisma, {
    editionId,
    authorId: author.id,
    kind: "WORKSHOP_REQUEST",
    status: "ACCEPTED",
    title,
    body,
    language,
    speakers: [
      { name: "Amina Diallo", gender: "FEMALE" },
      { name: "Karim Haddad", gender: "MALE" },
    ],
  });
  await prisma.workshopParticipant.createMany({
    data: [
      { submissionId: workshop.id, role: "LEAD_ORGANISER", position: 0, name: "Lead Organiser", organisationName: "Org", stakeholderTypeCode: "CIVIL_SOCIETY" },
      { submissionId: workshop.id, role: "CO_ORGANISER", position: 0, name: "Co Organiser", organisationName: "Org", stakeholderTypeCode: "CIVIL_SOCIETY" },
    ],
  });
  return { author, workshop };
}

describe("a placed workshop", () => {
  test("takes the workshop's description and only its speakers (not the organisers)", async () => {
    const { placeSubmission } = await load();
    const actor = await staff();
    const edition = await createEdition(prisma);
    const { workshop } = await acceptedWorkshop(edition.id, "en", "Digital inclusion in rural areas", "How community networks connect the last villages.");

    const placed = await placeSubmission({
      actor,
      editionId: edition.id,
      input: placeSubmissionSchema.parse({ submissionId: workshop.id, day: "2030-06-11", startTime: "10:00", endTime: "11:30" }),
    });

    const session = await prisma.agendaSession.findUniqueOrThrow({ where: { id: placed.id } });
    expect(session.description).toEqual({ en: "How community networks connect the last villages." });
    expect(session.speakers).toEqual([
      { name: "Amina Diallo", organisation: "Org", gender: "FEMALE" },
      { name: "Karim Haddad", organisation: "Org", gender: "MALE" },
    ]);
  });

  test("its organisers are mailed in English when it is scheduled, moved (not when only retitled) and removed", async () => {
    const { placeSubmission, saveSession, deleteSession, createRoom } = await load();
    const actor = await staff();
    const edition = await createEdition(prisma); // 10–13 June 2030
    const { author, workshop } = await acceptedWorkshop(edition.id, "en", "Open data for cities", "Cities publishing their data.");
    const room = await createRoom({ actor, editionId: edition.id, input: { name: "Popov Room", capacity: 80 } });

    const placed = await placeSubmission({
      actor,
      editionId: edition.id,
      input: placeSubmissionSchema.parse({ submissionId: workshop.id, roomId: room.id, day: "2030-06-11", startTime: "10:00", endTime: "11:30" }),
    });
    const edit = (startTime: string, endTime: string, title = "Open data for cities") =>
      saveSession({
        actor,
        editionId: edition.id,
        sessionId: placed.id,
        input: sessionSchema.parse({ title, track: "FORUM", type: "WORKSHOP", roomId: room.id, day: "2030-06-12", startTime, endTime }),
      });
    await edit("14:00", "15:30");
    await edit("14:00", "15:30", "Open data for cities and regions");
    await deleteSession({ actor, editionId: edition.id, sessionId: placed.id });
    await deliverMailTo(prisma, author.email);

    const scheduled = await smtp.waitFor(author.email, { subject: /in the agenda/ });
    expect(scheduled.subject).toBe("Your session is in the agenda: Open data for cities");
    expect(scheduled.text).toContain(`your submission ${workshop.reference}, "Open data for cities"`);
    expect(scheduled.text).toContain("When: 11 June 2030, 10:00–11:30 CEST (UTC+02:00)");
    expect(scheduled.text).toContain("Where: Popov Room");
    expect(scheduled.text).toContain(`/en/consultation/submissions/${workshop.id}`);
    const moved = await smtp.waitFor(author.email, { subject: /has moved/ });
    expect(moved.text).toContain("Now: 12 June 2030, 14:00–15:30 CEST (UTC+02:00)");
    expect(moved.text).toContain("Before: 11 June 2030, 10:00–11:30 CEST (UTC+02:00), Popov Room");
    const removed = await smtp.waitFor(author.email, { subject: /removed from the agenda/ });
    expect(removed.text).toContain("It was planned for: 12 June 2030, 14:00–15:30 CEST (UTC+02:00), Popov Room");
    expect(smtp.to(author.email).map((m) => m.subject)).toHaveLength(3);
    expect(
      await prisma.outboxMessage.findMany({ where: { to: author.email }, orderBy: { createdAt: "asc" }, select: { template: true, language: true } }),
    ).toEqual([
      { template: "session-scheduled", language: "en" },
      { template: "session-moved", language: "en" },
      { template: "session-removed", language: "en" },
    ]);
  });

  test("an Arabic-speaking organiser is told in Arabic, without a room while none is given", async () => {
    const { placeSubmission } = await load();
    const actor = await staff();
    const edition = await createEdition(prisma);
    const { author, workshop } = await acceptedWorkshop(edition.id, "ar", "الشمول الرقمي", "كيف تربط الشبكات المجتمعية القرى النائية.");

    await placeSubmission({
      actor,
      editionId: edition.id,
      input: placeSubmissionSchema.parse({ submissionId: workshop.id, day: "2030-06-11", startTime: "10:00", endTime: "11:30" }),
    });
    await deliverMailTo(prisma, author.email);

    const mail = await smtp.waitFor(author.email);
    expect(mail.subject).toBe("أُدرجت جلستكم في جدول الأعمال: الشمول الرقمي");
    expect(mail.text).toContain("المكان: تُحدَّد القاعة لاحقاً");
    expect(mail.text).toContain(`/ar/consultation/submissions/${workshop.id}`);
    expect(mail.html).toContain('dir="rtl"');
  });

  test("a session the secretariat made itself mails no one", async () => {
    const { saveSession, deleteSession } = await load();
    const actor = await staff();
    const edition = await createEdition(prisma);
    const before = await prisma.outboxMessage.count();

    const s = await saveSession({
      actor,
      editionId: edition.id,
      sessionId: null,
      input: sessionSchema.parse({ title: "Opening", track: "HIGH_LEVEL", type: "OPENING", day: "2030-06-10", startTime: "09:00", endTime: "10:00" }),
    });
    await saveSession({
      actor,
      editionId: edition.id,
      sessionId: s.id,
      input: sessionSchema.parse({ title: "Opening", track: "HIGH_LEVEL", type: "OPENING", day: "2030-06-10", startTime: "09:30", endTime: "10:30" }),
    });
    await deleteSession({ actor, editionId: edition.id, sessionId: s.id });

    expect(await prisma.outboxMessage.count()).toBe(before);
  });
});
