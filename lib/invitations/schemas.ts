// Input of the invitation flow, for the secretariat (campaigns, addressees, extensions) and the
// delegate (confirmation with delegation, decline). Messages are keys of the "Validation"
// namespace or, for rules of this area, of "InvitationValidation".
import { z } from "zod";
import { Attendance, Gender } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/locales";
import { calendarDayInput } from "@/lib/time/input";
import { readsValid } from "@/lib/actions/cross-field";

export const NAME_MAX = 200;
export const TITLE_MAX = 200;
export const EMAIL_MAX = 254;
export const REASON_MAX = 2000;
export const SYMBOL_MAX = 40;
export const SUBJECT_MAX = 500;
/** A delegation larger than this is not a delegation but a mistake (or an attack). */
export const DELEGATION_MAX = 40;

/** The Prisma enums' values, in schema order (the forms list them). */
export const GENDERS = Object.values(Gender);
export const ATTENDANCES = Object.values(Attendance);

/**
 * A person's name or title: plain text in its own language. Markup is refused with its own
 * message (it would be shown escaped anyway, but a "<b>" in a name is always a mistake).
 */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "required", abort: true })
    .max(max, "tooLong")
    .refine((v) => !/[<>]/.test(v), "noMarkup")
    .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(v), "controlCharacters");

export const emailAddress = z
  .string()
  .trim()
  .min(1, { message: "required", abort: true })
  .max(EMAIL_MAX, "tooLong")
  .pipe(z.email("email"))
  .transform((v) => v.toLowerCase());

export const languageSchema = z.enum(locales, "choice");

/** "2027-01-15" as {year, month, day}, refusing impossible days such as 2027-02-30 (lib/time/input.ts). */
export { calendarDayInput };
export type CalendarDayInput = z.infer<typeof calendarDayInput>;

const optionalDay = z.preprocess((v) => (v === "" ? undefined : v), calendarDayInput.optional());

const optionalSubject = z.preprocess((v) => (v === "" ? undefined : v), plainText(SUBJECT_MAX).optional());

/**
 * A new campaign: the letter and its deadlines ("by <day>": the end of that day in Geneva). The
 * subject is one field per language (English required), each checked with the other fields, so
 * a submit reports every problem at once.
 */
export const createCampaignSchema = z
  .object({
    editionId: z.string().trim().min(1, { message: "required", abort: true }).max(40, "tooLong"),
    symbol: plainText(SYMBOL_MAX).refine((v) => /^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u.test(v), "symbol"),
    letterDate: calendarDayInput,
    responseDeadline: calendarDayInput,
    statementDeadline: optionalDay,
    subject_en: plainText(SUBJECT_MAX),
    ...(Object.fromEntries(locales.filter((l) => l !== "en").map((l) => [`subject_${l}`, optionalSubject])) as Record<
      `subject_${Exclude<(typeof locales)[number], "en">}`,
      typeof optionalSubject
    >),
    /** ticked after the warning that the reply-by date has passed */
    confirmPastDeadline: z.string().optional(),
  })
  .transform((raw) => ({
    editionId: raw.editionId,
    symbol: raw.symbol,
    letterDate: raw.letterDate,
    responseDeadline: raw.responseDeadline,
    statementDeadline: raw.statementDeadline,
    confirmPastDeadline: raw.confirmPastDeadline === "on",
    subject: Object.fromEntries(locales.flatMap((l) => (raw[`subject_${l}`] === undefined ? [] : [[l, raw[`subject_${l}`]]]))) as Record<string, string> & {
      en: string;
    },
  }));
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;
export type CampaignField = "editionId" | "symbol" | "letterDate" | "responseDeadline" | "statementDeadline" | `subject_${(typeof locales)[number]}`;

/** One addressee: a Member State (ISO 3166-1 alpha-2 or alpha-3), its addressee and their language. */
export const addresseeSchema = z.object({
  country: z
    .string()
    .trim()
    .min(1, { message: "required", abort: true })
    .regex(/^[A-Za-z]{2,3}$/, "unknownCountry")
    .transform((v) => v.toUpperCase()),
  name: plainText(NAME_MAX),
  title: plainText(TITLE_MAX),
  email: emailAddress,
  language: z.string().trim().toLowerCase().pipe(languageSchema),
});
export type AddresseeInput = z.infer<typeof addresseeSchema>;
/** The add-one-addressee form: an addressee, and the box ticked after the warning that another campaign invites the State. */
export const addAddresseeSchema = addresseeSchema.extend({
  confirmOtherCampaign: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
export type AddresseeField = keyof AddresseeInput;

export const changeEmailSchema = z.object({ email: emailAddress });

/** A later response deadline for one invitation: the end of the given Geneva day. */
export const extensionSchema = z.object({
  until: calendarDayInput,
  reason: plainText(REASON_MAX),
});
export type ExtensionInput = z.infer<typeof extensionSchema>;

const optionalEmail = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), emailAddress.optional());

export const delegationMemberSchema = z.object({
  name: plainText(NAME_MAX),
  title: plainText(TITLE_MAX),
  gender: z.enum(Gender, "choice"),
  email: optionalEmail,
  attendance: z.enum(Attendance, "choice"),
});
export type DelegationMemberInput = z.infer<typeof delegationMemberSchema>;
export const memberFields = ["name", "title", "gender", "email", "attendance"] as const;

/**
 * The delegation form: rows `members[<key>].<field>` (lib/actions/form-data.ts drops rows left
 * entirely empty, so a blank extra row is not an error). The first row is the head; each row's
 * key comes back with its errors, so they stay under the row the delegate filled in.
 */
export const delegationSchema = z
  .object({
    intent: z.enum(["draft", "submit"], "choice"),
    members: z
      .array(
        z.preprocess(
          (row) => ({ attendance: "ON_SITE", ...(row as object), gender: (row as { gender?: string }).gender || undefined }),
          delegationMemberSchema.extend({ key: z.string() }),
        ),
      )
      .max(DELEGATION_MAX, "delegationTooLarge")
      .default([]),
  })
  .superRefine(
    (input, ctx) => {
      if (input.intent === "submit" && input.members.length === 0) ctx.addIssue({ code: "custom", message: "headRequired", path: ["members"] });
    },
    readsValid("intent", "members"),
  )
  .transform(({ intent, members }) => ({ intent, members: members.map(({ key: _key, ...member }) => member) }));
export type DelegationInput = z.infer<typeof delegationSchema>;

export const declineSchema = z.object({
  reason: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), plainText(REASON_MAX).optional()),
});

/** The campaign whose dashboard is shown (?campaign=...). */
export const campaignIdParam = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{10,40}$/);

/** The row buttons of a campaign's addressees. */
export const invitationCommandNames = ["send", "resend", "revoke", "markBounced"] as const;
export type InvitationCommandName = (typeof invitationCommandNames)[number];

/** A send or resend: the box ticked after the warning that the reply-by date has passed. */
export const sendSchema = z.object({
  confirmPastDeadline: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
export type SendInput = z.infer<typeof sendSchema>;

/** The CSV import form: the file's text, checked ("preview") or imported (lib/invitations/csv-import.ts checks the text itself). */
export const csvImportSchema = z.object({
  intent: z.enum(["preview", "import"], "choice").default("preview"),
  csv: z.string().default(""),
});
