// What the invitation test files share: a test database with the Member States, optionally a
// real SMTP server (its URL set before lib/db and the outbox are first imported), and the
// outcome of a service call as its DomainError code.
import type { MessageRef } from "@/lib/actions/form-state";
import { afterAll, beforeAll } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { ensureMemberStates } from "../../factories/invitations";
import { testDb } from "../../helpers/database";
import { startSmtpCapture, type SmtpCapture } from "../../helpers/smtp";

export function invitationSuite(options: { smtp?: boolean } = {}) {
  const prisma = testDb();
  const suite = { prisma, smtp: undefined as unknown as SmtpCapture };
  beforeAll(async () => {
    if (options.smtp) {
      suite.smtp = await startSmtpCapture();
      // read once by the transport
      process.env.SMTP_URL = suite.smtp.url;
    }
    await ensureMemberStates(prisma);
  });
  afterAll(async () => {
    await suite.smtp?.close();
    await prisma.$disconnect();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  });
  return suite;
}

/** "OK", or the code and field errors of the DomainError the call threw (anything else is rethrown). */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; fieldErrors?: Record<string, MessageRef[]> }> {
  try {
    await promise;
    return { code: "OK" };
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fieldErrors: error.fieldErrors };
    throw error;
  }
}

export const codeOf = async (promise: Promise<unknown>) => (await failure(promise)).code;
