// Shared arrangements of the consultation's integration tests.
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDb } from "../../helpers/database";
import { ensureReferenceData } from "../../factories/consultation";
import type { Intent } from "@/lib/submissions/schemas/common";
import { contributionSchema } from "@/lib/submissions/schemas/contribution";
import { nominationSchema } from "@/lib/submissions/schemas/nomination";
import { workshopSchema } from "@/lib/submissions/schemas/workshop";
import { contributionPayload, nominationPayload, workshopPayload } from "@/lib/submissions/payload";
import type { StakeholderKind } from "@/lib/submissions/service/save-submission";

let n = 0;

/** A valid form post of each kind, as the browser sends it, through the real schema and payload. */
export function payloadFor(kind: StakeholderKind, overrides: Record<string, string> = {}, intent: Intent = "submit") {
  n++;
  if (kind === "CONTRIBUTION") {
    const form = { topic: "THEMATIC_ASPECTS", title: `Digital inclusion in rural communities ${n}`, summary: "A short summary.", body: "The body of the contribution.", language: "en", actionLines: ["C2", "C7"], sdgs: ["4", "9"], ...overrides };
    return contributionPayload(contributionSchema(intent).parse(form));
  }
  if (kind === "WORKSHOP_REQUEST") {
    const form = {
      title: `Community networks workshop ${n}`,
      body: "What the workshop is about.",
      format: "PANEL",
      durationMinutes: "60",
      language: "en",
      actionLines: "C2",
      "lead.0.name": "Lead Person",
      "lead.0.organisationName": "Lead Org",
      "lead.0.stakeholderTypeCode": "CIVIL_SOCIETY",
      "lead.0.countryCode": "KE",
      "speakers.0.name": "Speaker One",
      "speakers.0.organisationName": "Org One",
      "speakers.0.gender": "FEMALE",
      "speakers.0.stakeholderTypeCode": "GOVERNMENT",
      "speakers.0.attendance": "ON_SITE",
      bindingConfirmed: "on",
      ...overrides,
    };
    return workshopPayload(workshopSchema(intent).parse(form));
  }
  const form = {
    nomineeName: `Nominee ${n}`,
    nomineeEmail: `nominee-${Date.now().toString(36)}-${n}@example.org`,
    nomineeOrganisation: "University of Nairobi",
    stakeholderTypeCode: "ACADEMIA",
    biography: "A short biography.",
    language: "en",
    ...overrides,
  };
  return nominationPayload(nominationSchema(intent).parse(form));
}

/** The error code a promise rejects with (a DomainError), or "ok". */
export async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof Error && "code" in error) return String((error as { code: unknown }).code);
    throw error;
  }
}

/**
 * A test database client with the reference data the consultation needs, for one test file;
 * closes it, and the application's own client, when the file is done.
 */
export function withConsultationDatabase(receive: (client: PrismaClient) => void) {
  let client: PrismaClient;
  beforeAll(async () => {
    client = testDb();
    await ensureReferenceData(client);
    receive(client);
  });
  afterAll(async () => {
    await client.$disconnect();
    const { db: appDb } = await import("@/lib/db");
    await appDb.$disconnect();
  });
}
