import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BADGE_PHOTO } from "@/lib/registrations/policy";
import { registrationSchema } from "@/lib/registrations/schemas";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";
import { createOrganisation, createStakeholder } from "../../factories/consultation";
import { createUser } from "../../factories/core";
import { createForumRegistration, createRegistrationEdition } from "../../factories/registrations";
import { blackPng, landscapeJpeg, portraitPng } from "../../helpers/images";
import { asSecretariat } from "../../helpers/secretariat";
import { formInput, outcomeOf, withConsultationDatabase } from "../consultation/support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const service = () => import("@/lib/registrations/service");
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const NOW = genevaTime(2030, 1, 15, 10, 0);

function form(organisationId: string, overrides: Record<string, string> = {}) {
  return registrationSchema.parse(
    formInput({
      honorific: "MS",
      givenNames: "Amina Wanjiru",
      familyName: "Otieno",
      organisationId,
      stakeholderTypeCode: "CIVIL_SOCIETY",
      countryCode: "KE",
      gender: "FEMALE",
      attendance: "ON_SITE",
      interestReason: "I coordinate community networks in rural Kenya (Action Line C2).",
      priorParticipation: "no",
      privacyConsent: "on",
      ...overrides,
    }),
  );
}

const photo = async () => new Blob([new Uint8Array(await portraitPng())], { type: "image/png" });

async function participant(options: { eligible?: boolean } = {}) {
  const organisation = await createOrganisation(db, { accreditationEligible: options.eligible ?? false });
  const user = await createStakeholder(db, { organisationId: organisation.id });
  return { user, organisation };
}

/** The field errors of a refused save. */
async function fieldErrorsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fields: error.fieldErrors ?? {} };
    throw error;
  }
  return { code: "ok", fields: {} };
}

describe("one registration per person and edition", () => {
  test("20 parallel submits of the same person make one registration (the others save over it), one submitted entry and one mail", async () => {
    const { saveRegistration } = await service();
    const edition = await createRegistrationEdition(db);
    const { user, organisation } = await participant();
    // remote: no photo to process, so the test measures the database, not sharp
    const input = form(organisation.id, { attendance: "REMOTE" });

    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => outcomeOf(saveRegistration({ userId: user.id, year: edition.year, input, photo: null, locale: "en", now: NOW }))),
    );

    const rows = await db.forumRegistration.findMany({ where: { userId: user.id, editionId: edition.id } });
    expect(rows).toHaveLength(1);
    expect(outcomes).toEqual(Array(20).fill("ok"));
    const entries = await db.auditEntry.groupBy({ by: ["action"], where: { entityId: rows[0].id }, _count: true });
    expect(Object.fromEntries(entries.map((e) => [e.action, e._count]))).toEqual({ "registration.submitted": 1, "registration.updated": 19 });
    const mails = await db.outboxMessage.findMany({ where: { to: user.email, template: "registration.pending" } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("has been received");
  }, 120_000);
});

test("the database itself refuses a second registration of a person for an edition (unique key)", async () => {
  const edition = await createRegistrationEdition(db);
  const first = await createForumRegistration(db, { editionId: edition.id });

  const second = createForumRegistration(db, { editionId: edition.id, userId: first.userId, organisationId: first.organisationId! });

  await expect(second).rejects.toMatchObject({ code: "P2002" });
});

describe("registration deadline (Geneva time, ±1 ms, across the changes of season)", () => {
  // closes at the end of 30 March 2030 (clocks go forward on 31 March) and of 26 October 2030
  // (they go back on 27 October): each one millisecond either side
  for (const closesAt of [endOfGenevaDay(2030, 3, 30), endOfGenevaDay(2030, 10, 26)]) {
    test(`accepted before ${closesAt.toISOString()}, refused at it; not before opening`, async () => {
      const { saveRegistration, cancelRegistration } = await service();
      const opensAt = genevaTime(2030, 1, 1);
      const edition = await createRegistrationEdition(db, { opensAt, closesAt });
      const attempt = async (now: Date) => {
        const { user, organisation } = await participant();
        return outcomeOf(saveRegistration({ userId: user.id, year: edition.year, input: form(organisation.id), photo: await photo(), locale: "en", now }));
      };

      expect(await attempt(ms(opensAt, -1))).toBe("NOT_OPEN_YET");
      expect(await attempt(opensAt)).toBe("ok");
      expect(await attempt(ms(closesAt, -1))).toBe("ok");
      expect(await attempt(closesAt)).toBe("DEADLINE_PASSED");

      // editing and cancelling follow the same instant
      const { user, organisation } = await participant();
      await saveRegistration({ userId: user.id, year: edition.year, input: form(organisation.id), photo: await photo(), locale: "en", now: opensAt });
      const edit = (now: Date) =>
        outcomeOf(
          saveRegistration({
            userId: user.id,
            year: edition.year,
            input: form(organisation.id, { keepPhoto: "on", jobTitle: "Coordinator" }),
            photo: null,
            locale: "en",
            now,
          }),
        );
      expect(await edit(closesAt)).toBe("DEADLINE_PASSED");
      expect(await edit(ms(closesAt, -1))).toBe("ok");
      expect(await outcomeOf(cancelRegistration({ userId: user.id, year: edition.year, now: closesAt }))).toBe("DEADLINE_PASSED");
      expect(await outcomeOf(cancelRegistration({ userId: user.id, year: edition.year, now: ms(closesAt, -1) }))).toBe("ok");
    });
  }
});

describe("accreditation", () => {
  test("a participant of an eligible organisation is accredited at once, with a badge code and a mail; no questionnaire", async () => {
    const { saveRegistration } = await service();
    const edition = await createRegistrationEdition(db);
    const { user, organisation } = await participant({ eligible: true });

    const saved = await saveRegistration({
      userId: user.id,
      year: edition.year,
      input: form(organisation.id, { interestReason: "", priorParticipation: "" }),
      photo: await photo(),
      locale: "fr",
      now: NOW,
    });

    expect(saved.status).toBe("ACCREDITED");
    const row = await db.forumRegistration.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.badgeCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(row.accreditedAt?.toISOString()).toBe(NOW.toISOString());
    expect(row.expressionOfInterest).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: row.id, action: "registration.accredited" } });
    expect(audit.actorId).toBeNull();
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: user.email, template: "registration.accredited" } });
    expect(mail.language).toBe("fr");
    expect(mail.subject).toContain("accréditation est confirmée");
  });

  test("anyone else waits in the secretariat's queue and must answer the expression of interest", async () => {
    const { saveRegistration } = await service();
    const edition = await createRegistrationEdition(db);
    const { user, organisation } = await participant();

    const refused = await fieldErrorsOf(
      saveRegistration({
        userId: user.id,
        year: edition.year,
        input: form(organisation.id, { interestReason: "", priorParticipation: "" }),
        photo: await photo(),
        locale: "en",
        now: NOW,
      }),
    );
    expect(refused).toEqual({ code: "VALIDATION", fields: { interestReason: ["required"], priorParticipation: ["choice"] } });

    const saved = await saveRegistration({ userId: user.id, year: edition.year, input: form(organisation.id), photo: await photo(), locale: "en", now: NOW });
    expect(saved.status).toBe("PENDING");
    const row = await db.forumRegistration.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.badgeCode).toBeNull();
    expect(row.expressionOfInterest).toEqual({ reason: "I coordinate community networks in rural Kenya (Action Line C2).", priorParticipation: "no" });
  });

  test("the secretariat accredits, rejects or asks for information once; a second decision is refused; bulk skips what is decided", async () => {
    const { saveRegistration, decideRegistration, bulkAccredit } = await service();
    const edition = await createRegistrationEdition(db);
    const secretariat = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { user, organisation } = await participant();
      ids.push(
        (await saveRegistration({ userId: user.id, year: edition.year, input: form(organisation.id), photo: await photo(), locale: "en", now: NOW })).id,
      );
    }

    await decideRegistration(secretariat, { registrationId: ids[0], decision: { kind: "accredit", category: "SPEAKER" }, now: NOW });
    await decideRegistration(secretariat, { registrationId: ids[1], decision: { kind: "reject", reason: "Not related to WSIS." }, now: NOW });
    await decideRegistration(secretariat, { registrationId: ids[2], decision: { kind: "request_info", reason: "Which Action Line?" }, now: NOW });
    const again = await outcomeOf(
      decideRegistration(secretariat, { registrationId: ids[0], decision: { kind: "reject", reason: "Changed my mind" }, now: NOW }),
    );
    const bulk = await bulkAccredit(secretariat, { ids: [ids[1], ids[2], ids[3]], now: NOW });

    expect(again).toBe("INVALID_STATE");
    expect(bulk).toEqual({ accredited: 2, skipped: 1 });
    const rows = await db.forumRegistration.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, category: true, badgeCode: true, statusReason: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ids[0])).toMatchObject({ status: "ACCREDITED", category: "SPEAKER" });
    expect(byId.get(ids[1])).toMatchObject({ status: "REJECTED", statusReason: "Not related to WSIS.", badgeCode: null });
    expect(byId.get(ids[2])).toMatchObject({ status: "ACCREDITED", statusReason: null });
    expect(new Set(rows.map((r) => r.badgeCode).filter(Boolean)).size).toBe(3);
    const actions = await db.auditEntry.findMany({ where: { entityId: { in: ids } }, select: { action: true } });
    expect(actions.filter((a) => a.action === "registration.accredited")).toHaveLength(3);
    expect(actions.filter((a) => a.action === "registration.rejected")).toHaveLength(1);
    expect(actions.filter((a) => a.action === "registration.info_requested")).toHaveLength(1);
  });
});

test("an answer to a request for information goes back to the queue; a cancelled registration can be renewed; each change is mailed", async () => {
  const { saveRegistration, decideRegistration, cancelRegistration } = await service();
  const edition = await createRegistrationEdition(db);
  const secretariat = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
  const { user, organisation } = await participant();
  // each step a minute later (one mail per registration, status and instant)
  const at = (minutes: number) => ms(NOW, minutes * 60_000);
  const save = (now: Date, extra: Record<string, string> = {}) =>
    saveRegistration({ userId: user.id, year: edition.year, input: form(organisation.id, { keepPhoto: "on", ...extra }), photo: null, locale: "en", now });

  const first = await saveRegistration({ userId: user.id, year: edition.year, input: form(organisation.id), photo: await photo(), locale: "en", now: NOW });
  await decideRegistration(secretariat, { registrationId: first.id, decision: { kind: "request_info", reason: "Which Action Line?" }, now: at(1) });
  const answered = await save(at(2), { interestReason: "Action Line C2, community networks." });
  await cancelRegistration({ userId: user.id, year: edition.year, now: at(3) });
  const renewed = await save(at(4));

  expect([answered.status, renewed.status]).toEqual(["PENDING", "PENDING"]);
  expect(renewed.id).toBe(first.id);
  const templates = (await db.outboxMessage.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" }, select: { template: true } })).map(
    (m) => m.template,
  );
  expect(templates).toEqual(["registration.pending", "registration.info_requested", "registration.pending", "registration.cancelled", "registration.pending"]);
  const row = await db.forumRegistration.findUniqueOrThrow({ where: { id: first.id } });
  expect(row).toMatchObject({ status: "PENDING", statusReason: null, cancelledAt: null });
  expect(row.photo).not.toBeNull();
});

describe("what the form refuses", () => {
  test("a text file named .jpg, a 20 MB file, a 10,000 × 10,000 px image: field errors, nothing stored", async () => {
    const { saveRegistration } = await service();
    const edition = await createRegistrationEdition(db);
    const { user, organisation } = await participant();
    const save = (file: Blob) =>
      fieldErrorsOf(saveRegistration({ userId: user.id, year: edition.year, input: form(organisation.id), photo: file, locale: "en", now: NOW }));

    expect(await save(new File(["not an image at all"], "photo.jpg", { type: "image/jpeg" }))).toEqual({
      code: "VALIDATION",
      fields: { photo: ["photoType"] },
    });
    expect(await save(new File([new Uint8Array(20 * 1024 * 1024)], "big.jpg", { type: "image/jpeg" }))).toEqual({
      code: "VALIDATION",
      fields: { photo: ["photoTooLarge"] },
    });
    const huge = blackPng(10_000, 10_000);
    expect(huge.length).toBeLessThan(1024 * 1024);
    expect(await save(new File([new Uint8Array(huge)], "huge.png", { type: "image/png" }))).toEqual({
      code: "VALIDATION",
      fields: { photo: ["photoTooManyPixels"] },
    });
    expect(await db.forumRegistration.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a photo is stored as the badge-size JPEG, whatever was sent", async () => {
    const { saveRegistration } = await service();
    const edition = await createRegistrationEdition(db);
    const { user, organisation } = await participant();

    const saved = await saveRegistration({
      userId: user.id,
      year: edition.year,
      input: form(organisation.id),
      photo: new Blob([new Uint8Array(await landscapeJpeg())]),
      locale: "en",
      now: NOW,
    });

    const row = await db.forumRegistration.findUniqueOrThrow({ where: { id: saved.id }, select: { photo: true } });
    const meta = await sharp(Buffer.from(row.photo!)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", BADGE_PHOTO.width, BADGE_PHOTO.height]);
    expect(meta.exif).toBeUndefined();
  });

  test("an HTML name and a passport expired or expiring before the Forum are refused with their own messages", async () => {
    const { saveRegistration } = await service();
    const edition = await createRegistrationEdition(db);
    const { user, organisation } = await participant();
    const visa = {
      visaRequested: "on",
      nationality: "KE",
      passportNumber: "ak1234567",
      dateOfBirth: "1985-04-02",
      swissRepresentation: "Embassy of Switzerland in Nairobi",
      letterLanguage: "EN",
    };

    const html = registrationSchema.safeParse(
      formInput({
        ...Object.fromEntries(Object.entries(form(organisation.id)).map(([k, v]) => [k, String(v)])),
        givenNames: "<b>Amina</b>",
        privacyConsent: "on",
      }),
    );
    expect(html.success).toBe(false);
    expect(html.error?.issues.find((i) => i.path[0] === "givenNames")?.message).toBe("nameCharacters");

    const expired = await fieldErrorsOf(
      saveRegistration({
        userId: user.id,
        year: edition.year,
        input: form(organisation.id, { ...visa, passportExpiry: "2029-12-31" }),
        photo: await photo(),
        locale: "en",
        now: NOW,
      }),
    );
    expect(expired).toEqual({ code: "VALIDATION", fields: { passportExpiry: ["passportExpired"] } });
    // the test edition ends on 13 June 2030
    const short = await fieldErrorsOf(
      saveRegistration({
        userId: user.id,
        year: edition.year,
        input: form(organisation.id, { ...visa, passportExpiry: "2030-06-12" }),
        photo: await photo(),
        locale: "en",
        now: NOW,
      }),
    );
    expect(short).toEqual({ code: "VALIDATION", fields: { passportExpiry: ["passportExpiresBeforeForum"] } });

    const saved = await saveRegistration({
      userId: user.id,
      year: edition.year,
      input: form(organisation.id, { ...visa, passportExpiry: "2030-06-13" }),
      photo: await photo(),
      locale: "en",
      now: NOW,
    });
    const request = await db.visaLetterRequest.findUniqueOrThrow({ where: { registrationId: saved.id } });
    expect(request).toMatchObject({ nationality: "KE", passportNumber: "AK1234567", status: "REQUESTED", letterLanguage: "EN" });
  });
});
