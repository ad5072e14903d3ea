// A save racing a withdrawal or a decision on the same row, on real PostgreSQL: the save must
// read the row's status only once it holds the row lock, or it writes its stale status over
// the other transaction's change.
import { describe, expect, test } from "vitest";
import type { Tx } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";
import { createConsultationEdition, createStakeholder } from "../../factories/consultation";
import { createUser } from "../../factories/core";
import { asSecretariat } from "../../helpers/secretariat";
import { outcomeOf, payloadFor, withConsultationDatabase } from "./support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const now = genevaTime(2030, 2, 10, 12, 0);

async function submittedContribution() {
  const { saveSubmission } = await import("@/lib/submissions/service/save-submission");
  const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2030, 1, 1), endOfGenevaDay(2030, 3, 31)] });
  const author = await createStakeholder(db);
  const saved = await saveSubmission({
    userId: author.id,
    kind: "CONTRIBUTION",
    target: { year: edition.year },
    intent: "submit",
    payload: payloadFor("CONTRIBUTION"),
    now,
  });
  return { author, id: saved.id };
}

/** How many other sessions of this database wait for a lock, now. */
async function lockWaiters(): Promise<number> {
  const [row] = await db.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`;
  return row!.n;
}

async function untilLockWaiters(n: number) {
  const deadline = Date.now() + 10_000;
  while ((await lockWaiters()) < n) {
    if (Date.now() > deadline) throw new Error(`expected ${n} session(s) waiting for a lock`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Holds the submission's row lock in a transaction of its own, starts `contender` once the lock
 * is held, waits until `waiters` sessions queue behind it, then runs `inside` and commits.
 */
async function whileLocked(id: string, waiters: number, contender: () => Promise<void>, inside: (tx: Tx) => Promise<unknown> = async () => {}) {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT id FROM "Submission" WHERE id = ${id} FOR UPDATE`;
      await contender();
      await untilLockWaiters(waiters);
      await inside(tx);
    },
    { timeout: 20_000 },
  );
}

describe("a save racing another change of the same submission", () => {
  test("an edit queued behind a withdrawal fails with INVALID_STATE and the withdrawal is kept", async () => {
    const { saveSubmission } = await import("@/lib/submissions/service/save-submission");
    const { withdrawSubmission } = await import("@/lib/submissions/service/withdraw-submission");
    const { author, id } = await submittedContribution();
    let withdrawal!: Promise<string>;
    let edit!: Promise<string>;

    await whileLocked(id, 2, async () => {
      withdrawal = outcomeOf(withdrawSubmission({ userId: author.id, submissionId: id, now }));
      await untilLockWaiters(1);
      edit = outcomeOf(
        saveSubmission({
          userId: author.id,
          kind: "CONTRIBUTION",
          target: { submissionId: id },
          intent: "submit",
          payload: payloadFor("CONTRIBUTION", { title: "The edited title" }),
          now,
        }),
      );
    });

    expect([await withdrawal, await edit]).toEqual(["ok", "INVALID_STATE"]);
    const row = await db.submission.findUniqueOrThrow({ where: { id }, select: { status: true, title: true, withdrawnAt: true } });
    expect(row.status).toBe("WITHDRAWN");
    expect(row.withdrawnAt).toEqual(now);
    expect(row.title).not.toBe("The edited title");
  });

  test("an edit waiting while the secretariat decides fails with INVALID_STATE and the decision is kept", async () => {
    const { saveSubmission } = await import("@/lib/submissions/service/save-submission");
    const { decideIn } = await import("@/lib/reviews/service");
    const { author, id } = await submittedContribution();
    const secretariat = await createUser(db, { role: "SECRETARIAT" });
    let edit!: Promise<string>;

    await whileLocked(
      id,
      1,
      async () => {
        edit = outcomeOf(
          saveSubmission({
            userId: author.id,
            kind: "CONTRIBUTION",
            target: { submissionId: id },
            intent: "submit",
            payload: payloadFor("CONTRIBUTION", { title: "Edited during the decision" }),
            now,
          }),
        );
      },
      (tx) =>
        decideIn(tx, {
          actor: asSecretariat(secretariat),
          submissionId: id,
          input: { outcome: "ACCEPT", message: null, revisionDueAt: null, target: null },
          now,
        }),
    );

    expect(await edit).toBe("INVALID_STATE");
    const row = await db.submission.findUniqueOrThrow({ where: { id }, select: { status: true, title: true } });
    expect(row).toMatchObject({ status: "ACCEPTED" });
    expect(row.title).not.toBe("Edited during the decision");
  });
});
