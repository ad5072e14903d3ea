// Shared arrangements of the consultation's integration tests.
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDb } from "../../helpers/database";
import { ensureReferenceData } from "../../factories/consultation";
import { formToObject } from "@/lib/actions/form-data";
import { stakeholderKinds, type StakeholderKind } from "@/lib/submissions/kinds";
import type { Intent } from "@/lib/submissions/schemas/common";

let n = 0;

/** Fields as the browser posts them (repeated keys for lists, `group[key].field` for rows), read as the pipeline reads them. */
export function formInput(fields: Record<string, string | string[]>, rows?: Record<string, string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) data.append(k, x);
  return formToObject(data, { rows });
}

/** A valid form post of each kind, as the browser sends it, through the kind's real schema and payload. */
export function payloadFor(kind: StakeholderKind, overrides: Record<string, string | string[]> = {}, intent: Intent = "submit") {
  n++;
  const spec = stakeholderKinds[kind];
  const parse = (form: Record<string, string | string[]>) => spec.form(intent).parse(formInput(form, spec.rows));
  if (kind === "CONTRIBUTION") {
    const form = {
      topic: "THEMATIC_ASPECTS",
      title: `Digital inclusion in rural communities ${n}`,
      summary: "A short summary.",
      body: "The body of the contribution.",
      language: "en",
      actionLines: ["C2", "C7"],
      sdgs: ["4", "9"],
      ...overrides,
    };
    return parse(form);
  }
  if (kind === "WORKSHOP_REQUEST") {
    const form = {
      title: `Community networks workshop ${n}`,
      body: "What the workshop is about.",
      format: "PANEL",
      durationMinutes: "60",
      language: "en",
      actionLines: "C2",
      "lead.name": "Lead Person",
      "lead.organisationName": "Lead Org",
      "lead.stakeholderTypeCode": "CIVIL_SOCIETY",
      "lead.countryCode": "KE",
      "speakers[s0].name": "Speaker One",
      "speakers[s0].organisationName": "Org One",
      "speakers[s0].gender": "FEMALE",
      "speakers[s0].stakeholderTypeCode": "GOVERNMENT",
      "speakers[s0].attendance": "ON_SITE",
      bindingConfirmed: "on",
      ...overrides,
    };
    return parse(form);
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
  return parse(form);
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
