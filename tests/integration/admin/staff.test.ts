import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { listAuditEntries } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { inviteStaffMember, removeStaffMember, removeStaffMemberIn } from "@/lib/staff/service";
import { DomainError } from "@/lib/actions/errors";
import { createUser } from "../../factories/core";
import { uniqueEmail } from "../../helpers/database";
import { asSecretariat } from "../../helpers/secretariat";

afterAll(() => db.$disconnect());

const asActor = asSecretariat;

describe("staff", () => {
  test("inviting an address makes it a secretariat member, audited, with a mail in its language", async () => {
    const admin = await createUser(db, { role: "SECRETARIAT", name: "Ada Admin" });
    const email = uniqueEmail("new-staff");

    const user = await inviteStaffMember({ actor: asActor(admin), input: { email, name: undefined, language: "ar" } });

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("SECRETARIAT");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.language).toBe("ar");
    expect(mail.text).toContain("/ar/sign-in");
    expect(mail.text).toContain("Ada Admin");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "staff.invited" } });
    expect(audit.actorId).toBe(admin.id);
  });

  test("a removed member goes back to stakeholder and every session of theirs ends at once", async () => {
    const admin = await createUser(db, { role: "SECRETARIAT" });
    const other = await createUser(db, { role: "SECRETARIAT" });
    const bystander = await createUser(db, { role: "SECRETARIAT" });
    const expires = new Date(Date.now() + 3600_000);
    await db.session.createMany({
      data: [
        { sessionToken: `t-${other.id}-1`, userId: other.id, expires },
        { sessionToken: `t-${other.id}-2`, userId: other.id, expires },
        { sessionToken: `t-${bystander.id}`, userId: bystander.id, expires },
      ],
    });

    const result = await removeStaffMember({ actor: asActor(admin), userId: other.id });

    expect(result).toEqual({ sessionsEnded: 2 });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("STAKEHOLDER");
    expect(await db.session.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: bystander.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityId: other.id, action: "staff.removed", actorId: admin.id } })).toBe(1);
  });

  test("nobody removes themselves, and a non-member is not found", async () => {
    const admin = await createUser(db, { role: "SECRETARIAT" });
    const stakeholder = await createUser(db);

    await expect(removeStaffMember({ actor: asActor(admin), userId: admin.id })).rejects.toEqual(new DomainError("INVALID_STATE"));
    await expect(removeStaffMember({ actor: asActor(admin), userId: stakeholder.id })).rejects.toEqual(new DomainError("NOT_FOUND"));
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("SECRETARIAT");
  });

  test("the last secretariat member cannot be removed", async () => {
    // Other files leave members in the shared database: demote all but two inside a
    // transaction that is rolled back afterwards, and run the removal in it.
    const a = await createUser(db, { role: "SECRETARIAT" });
    const b = await createUser(db, { role: "SECRETARIAT" });
    const rollback = new Error("rollback");

    const outcome = await db
      .$transaction(async (tx) => {
        await tx.user.updateMany({ where: { role: "SECRETARIAT", id: { notIn: [a.id, b.id] } }, data: { role: "STAKEHOLDER" } });
        await tx.user.update({ where: { id: b.id }, data: { role: "STAKEHOLDER" } });
        const error = await removeStaffMemberIn(tx, { actor: asActor(b), userId: a.id }).catch((e: unknown) => e);
        throw Object.assign(rollback, { error });
      })
      .catch((e: Error & { error?: unknown }) => e.error);

    expect(outcome).toEqual(new DomainError("INVALID_STATE"));
    expect((await db.user.findUniqueOrThrow({ where: { id: b.id } })).role).toBe("SECRETARIAT");
  });
});

describe("audit log viewer", () => {
  test("filters by action prefix, actor and item, newest first", async () => {
    const actor = await createUser(db, { role: "SECRETARIAT", email: uniqueEmail("auditor") });
    const entityId = `e-${Date.now()}`;
    await db.auditEntry.createMany({
      data: [
        { actorId: actor.id, action: "test.first", entityType: "thing", entityId },
        { actorId: actor.id, action: "test.second", entityType: "thing", entityId },
        { actorId: null, action: "other.done", entityType: "thing", entityId },
      ],
    });

    const byActor = await listAuditEntries(asSecretariat(actor), auditFilterSchema.parse({ actor: actor.email, entityId }));
    const byAction = await listAuditEntries(asSecretariat(actor), auditFilterSchema.parse({ action: "test.", entityId }));

    expect(byActor.rows.map((r) => r.action)).toEqual(["test.second", "test.first"]);
    expect(byAction.rows.map((r) => r.action)).toEqual(["test.second", "test.first"]);
    expect(byAction.rows[0]!.actorEmail).toBe(actor.email);
  });

  test("entries cannot be changed or deleted", async () => {
    const entry = await db.auditEntry.create({ data: { action: "test.kept", entityType: "thing", entityId: "x" } });

    await expect(db.auditEntry.update({ where: { id: entry.id }, data: { action: "test.forged" } })).rejects.toThrow();
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
    expect((await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.kept");
  });
});
