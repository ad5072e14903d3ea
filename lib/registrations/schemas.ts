// The registration form's schema (the server's authority; the browser only mirrors the cheap
// rules) and the secretariat's decision forms. Error messages are keys of RegistrationValidation
// (or the shared validation namespaces).
import countries from "world-countries";
import { z } from "zod";
import { Attendance, BadgeCategory, Gender, Honorific, VisaLetterLanguage } from "@/lib/generated/prisma/enums";
import { checkbox, countryCodeSchema, stakeholderTypeSchema } from "@/lib/profiles/schemas";
import { countWords } from "@/lib/text/words";
import { genevaParts } from "@/lib/time/geneva";

/** Every ISO 3166-1 alpha-2 code: a nationality may be any country, not only a Member State. */
export const NATIONALITY_CODES: readonly string[] = countries.map((c) => c.cca2).sort();
const nationalityCodes = new Set(NATIONALITY_CODES);

export const EXPRESSION_OF_INTEREST_WORDS = 200;
export const ACCESSIBILITY_WORDS = 100;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * A person's name as in the passport: letters of any script, spaces, and the marks names use
 * (apostrophe, hyphen, full stop). Anything that looks like markup or a formula is refused.
 */
const personName = z
  .string()
  .trim()
  .min(1, "required")
  .max(100, "tooLong")
  .refine((v) => !/[<>{}[\]\\/=@#$%^*_|~`"";:!?&+0-9]/.test(v), "nameCharacters")
  .refine((v) => /\p{L}/u.test(v), "nameCharacters");

const optionalText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, "tooLong")
      .refine((v) => !/[<>]/.test(v), "noMarkup")
      .optional(),
  );

const words = (max: number) => (v: string | undefined) => !v || countWords(v) <= max;

const isoDay = z.iso.date({ error: "date" });

/** Today's date in Geneva (yyyy-mm-dd). The service checks again against the action's own `now`. */
export function genevaToday(now = new Date()): string {
  const p = genevaParts(now);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

export const visaRequestSchema = z.object({
  nationality: z.string().refine((v) => nationalityCodes.has(v), "choice"),
  passportNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{5,20}$/, "passportNumber"),
  // an expired passport is refused with the form's other mistakes (the Forum's end date is the service's check)
  passportExpiry: isoDay.refine((v) => v >= genevaToday(), "passportExpired"),
  dateOfBirth: isoDay.refine((v) => v < genevaToday() && v >= "1900-01-01", "dateOfBirth"),
  swissRepresentation: z
    .string()
    .trim()
    .min(2, "required")
    .max(200, "tooLong")
    .refine((v) => !/[<>]/.test(v), "noMarkup"),
  letterLanguage: z.enum(VisaLetterLanguage, { error: "choice" }),
});
export type VisaRequestInput = z.infer<typeof visaRequestSchema>;

const baseSchema = z.object({
  givenNames: personName,
  familyName: personName,
  honorific: z.enum(Honorific, { error: "choice" }),
  jobTitle: optionalText(200),
  organisationId: z.string().trim().min(1, "required").max(40, "choice"),
  stakeholderTypeCode: stakeholderTypeSchema,
  countryCode: countryCodeSchema,
  gender: z.enum(Gender, { error: "choice" }),
  attendance: z.enum(Attendance, { error: "choice" }),
  accessibilityNeeds: optionalText(2000).refine(words(ACCESSIBILITY_WORDS), { message: "tooManyWords" }),
  /** a Member State's delegation the participant belongs to: its ISO code (none: "") */
  delegationState: z.preprocess(blankToUndefined, countryCodeSchema.optional()),
  /** set by the page when the participant came from a delegation's invitation to register */
  delegationMemberId: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(40)
      .regex(/^[\w-]+$/, "invalid")
      .optional(),
  ),
  interestReason: optionalText(4000).refine(words(EXPRESSION_OF_INTEREST_WORDS), { message: "tooManyWords" }),
  priorParticipation: z.preprocess(blankToUndefined, z.enum(["yes", "no"], { error: "choice" }).optional()),
  privacyConsent: checkbox.refine((v) => v, "privacyConsent"),
  visaRequested: checkbox,
  /** keep the stored photo when no new file is chosen */
  keepPhoto: checkbox,
});

/** The form as parsed: the visa fields are validated only when a letter is asked for. */
export const registrationSchema = z.unknown().transform((raw, ctx) => {
  const base = baseSchema.safeParse(raw);
  const record = (raw ?? {}) as Record<string, unknown>;
  const wantsVisa = record.visaRequested === "on" || record.visaRequested === "true";
  const visa = wantsVisa ? visaRequestSchema.safeParse(record) : null;
  // every problem at once: the base fields' and the visa fields'
  for (const issue of [...(base.success ? [] : base.error.issues), ...(visa && !visa.success ? visa.error.issues : [])]) {
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
  if (!base.success || (visa && !visa.success)) return z.NEVER;
  return { ...base.data, visa: visa?.success ? visa.data : null };
});
export type RegistrationInput = z.output<typeof registrationSchema>;

/** Expression-of-interest answers as stored in ForumRegistration.expressionOfInterest. */
export const expressionOfInterestSchema = z.object({ reason: z.string(), priorParticipation: z.enum(["yes", "no"]) });
export type ExpressionOfInterest = z.infer<typeof expressionOfInterestSchema>;

export const parseExpressionOfInterest = (raw: unknown): ExpressionOfInterest | null => {
  const parsed = expressionOfInterestSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

// ---------------------------------------------------------------- decisions

export const accreditSchema = z.object({ category: z.enum(BadgeCategory, { error: "choice" }) });

export const reasonSchema = z.object({
  reason: z.string().trim().min(3, "required").max(2000, "tooLong"),
});

export const bulkAccreditSchema = z.object({
  ids: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(
        z
          .string()
          .max(40)
          .regex(/^[\w-]+$/),
      )
      .min(1, "chooseSome")
      .max(200, "tooMany"),
  ),
  confirmed: z.literal("1", { error: "confirm" }),
});
