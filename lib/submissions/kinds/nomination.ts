// A facilitator nomination: a person proposed for the consultation's facilitation, once per edition.
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import { countryCodeSchema, stakeholderTypeSchema } from "@/lib/profiles/schemas";
import type { SubmissionPayload } from "../payload";
import { languageSchema, text, textFor, words, type Intent } from "../schemas/common";
import type { StakeholderKindSpec } from "./types";

export const BIOGRAPHY_MAX_WORDS = 300;
export const MOTIVATION_MAX_WORDS = 200;

export const nominationSchema = (intent: Intent) =>
  z.object({
    nomineeName: text(200).min(2, "required"),
    nomineeEmail: intent === "submit" ? text(254).pipe(z.email("email")) : z.union([z.literal(""), text(254).pipe(z.email("email"))]).default(""),
    nomineeOrganisation: textFor(intent, 200),
    stakeholderTypeCode: intent === "submit" ? stakeholderTypeSchema : stakeholderTypeSchema.optional().catch(undefined),
    countryCode: z.preprocess((v) => (v === "" ? undefined : v), countryCodeSchema.optional()),
    biography: words(textFor(intent, 5000), BIOGRAPHY_MAX_WORDS),
    motivation: words(text(3000).default(""), MOTIVATION_MAX_WORDS),
    language: languageSchema,
  });

export type NominationInput = z.infer<ReturnType<typeof nominationSchema>>;

/**
 * The nominee's identity for "once per edition": one person is one e-mail address, case-folded
 * (the name may be written in many ways; `@@unique([editionId, nomineeKey])` holds the rule).
 */
export const nomineeKeyOf = (email: string) => email.trim().normalize("NFC").toLowerCase();

export function nominationPayload(input: NominationInput): SubmissionPayload {
  return {
    title: input.nomineeName,
    summary: input.motivation,
    body: input.biography,
    language: input.language,
    topic: null,
    details: {
      nomineeEmail: input.nomineeEmail || null,
      nomineeOrganisation: input.nomineeOrganisation || null,
      stakeholderTypeCode: input.stakeholderTypeCode ?? null,
    },
    countryCode: input.countryCode ?? null,
    actionLines: [],
    sdgs: [],
    nomineeKey: input.nomineeEmail ? nomineeKeyOf(input.nomineeEmail) : undefined,
  };
}

const nullableText = z.string().nullable().catch(null).default(null);
const detailsSchema = z
  .object({ nomineeEmail: nullableText, nomineeOrganisation: nullableText, stakeholderTypeCode: nullableText })
  .catch({ nomineeEmail: null, nomineeOrganisation: null, stakeholderTypeCode: null });
export type NominationDetails = z.infer<typeof detailsSchema>;
export const parseNominationDetails = (raw: unknown): NominationDetails => detailsSchema.parse(raw ?? {});

const alreadyNominated = { nomineeEmail: ["alreadyNominated"] };

export const nomination: StakeholderKindSpec = {
  kind: "FACILITATOR_NOMINATION",
  deadline: "FACILITATOR_NOMINATION",
  letter: "N",
  path: "nominations",
  form: (intent) => nominationSchema(intent).transform(nominationPayload),
  attachment: false,
  duplicateChecked: false,
  details: parseNominationDetails,
  async check(tx, { edition, payload, submitting, existingId, userId }) {
    if (!submitting || !payload.nomineeKey) return;
    const taken = await tx.submission.findFirst({
      where: { editionId: edition.id, nomineeKey: payload.nomineeKey, id: { not: existingId ?? "" } },
      select: { reference: true, title: true, authorId: true },
    });
    if (taken) {
      // name the nomination that holds the address (the caller's own, or someone else's by its
      // reference and the name it was given), so the nominator knows what exists and where
      const ref = {
        key: taken.authorId === userId ? "alreadyNominatedByYou" : "alreadyNominatedAs",
        values: { email: payload.nomineeKey, name: taken.title, reference: taken.reference },
      };
      throw new DomainError("CONFLICT", { nomineeEmail: [ref] }, ref);
    }
  },
  // the key is held only while the nomination is submitted: a draft or a withdrawal frees the nominee
  columns: (payload, { status }) => ({ nomineeKey: status === "SUBMITTED" ? (payload.nomineeKey ?? null) : null }),
  uniqueViolation: alreadyNominated,
  formValues: (s) => {
    const d = parseNominationDetails(s.details);
    return {
      values: {
        nomineeName: s.title,
        nomineeEmail: d.nomineeEmail ?? "",
        nomineeOrganisation: d.nomineeOrganisation ?? "",
        stakeholderTypeCode: d.stakeholderTypeCode ?? "",
        countryCode: s.countryCode ?? "",
        biography: s.body,
        motivation: s.summary,
        language: s.language,
      },
    };
  },
};
