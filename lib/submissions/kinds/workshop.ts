// A workshop request: a session the organisers commit to run, with its lead organiser,
// co-organisers and speakers as repeated rows of the form.
import { z } from "zod";
import { Attendance, Gender } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/actions/errors";
import type { ParticipantRole } from "@/lib/generated/prisma/enums";
import { countryCodeSchema, stakeholderTypeSchema } from "@/lib/profiles/schemas";
import type { ParticipantRow, SubmissionPayload } from "../payload";
import { actionLineCodes, languageSchema, sdgNumbers, text, textFor, words, type Intent } from "../schemas/common";
import type { StakeholderKindSpec } from "./types";

export const WORKSHOP_TITLE_MAX = 120;
export const WORKSHOP_DESCRIPTION_MAX_WORDS = 500;
export const WORKSHOP_FORMATS = ["PANEL", "INTERACTIVE_WORKSHOP", "ROUNDTABLE", "DEMONSTRATION", "HACKATHON"] as const;
export const WORKSHOP_DURATIONS = [45, 60, 90] as const;
export const SPEAKER_GENDERS = Object.values(Gender);
export const SPEAKER_ATTENDANCES = Object.values(Attendance);
export const MAX_CO_ORGANISERS = 5;
export const MAX_SPEAKERS = 10;

/** The lead organiser's fields are named `lead.<field>`; co-organisers and speakers are rows `coOrganisers[<key>].<field>`, `speakers[<key>].<field>`. */
export const ORGANISER_FIELDS = ["name", "organisationName", "stakeholderTypeCode", "countryCode"] as const;
export const SPEAKER_FIELDS = ["name", "organisationName", "gender", "stakeholderTypeCode", "attendance"] as const;

const optionalCountry = z.preprocess((v) => (v === "" ? undefined : v), countryCodeSchema.optional());

const organiserShape = {
  name: text(200).min(1, "required"),
  organisationName: text(200).min(1, "required"),
  stakeholderTypeCode: stakeholderTypeSchema,
  countryCode: optionalCountry,
};
const organiser = z.object(organiserShape);

const speaker = z.object({
  name: text(200).min(1, "required"),
  organisationName: text(200).min(1, "required"),
  gender: z.enum(Gender, { error: "choice" }),
  stakeholderTypeCode: stakeholderTypeSchema,
  attendance: z.enum(Attendance, { error: "choice" }),
});

/** The lead organiser from its `lead.<field>` values: absent when every one is empty. */
function leadOf(input: Record<string, unknown>) {
  const lead = Object.fromEntries(ORGANISER_FIELDS.map((f) => [f, input[`lead.${f}`]]).filter(([, v]) => typeof v === "string"));
  return Object.values(lead).some((v) => String(v).trim() !== "") ? lead : undefined;
}

/**
 * A workshop request. The rows come as lib/actions/form-data.ts gives them (in form order,
 * blank rows already dropped, each with its key), so an issue at `speakers.2.name` is the third
 * speaker *filled in*, which the pipeline names back as that row's field. The binding
 * confirmation is required when it is submitted.
 */
export const workshopSchema = (intent: Intent) =>
  z.preprocess(
    (raw) => {
      const input = (raw ?? {}) as Record<string, unknown>;
      return { ...input, lead: leadOf(input), coOrganisers: input.coOrganisers ?? [], speakers: input.speakers ?? [] };
    },
    z.object({
      title: text(WORKSHOP_TITLE_MAX).min(3, "tooShort"),
      body: words(textFor(intent, 10_000), WORKSHOP_DESCRIPTION_MAX_WORDS),
      format: intent === "submit" ? z.enum(WORKSHOP_FORMATS, { error: "choice" }) : z.enum(WORKSHOP_FORMATS).optional().catch(undefined),
      durationMinutes:
        intent === "submit"
          ? z.coerce.number().pipe(
              z.union(
                WORKSHOP_DURATIONS.map((d) => z.literal(d)),
                { error: "choice" },
              ),
            )
          : z.coerce
              .number()
              .pipe(z.union(WORKSHOP_DURATIONS.map((d) => z.literal(d))))
              .optional()
              .catch(undefined),
      preferredDay: z.preprocess((v) => (v === "" ? undefined : v), z.iso.date({ error: "date" }).optional()),
      language: languageSchema,
      // on submit each rule is a field's own check, so every missing piece is reported at once
      actionLines: intent === "submit" ? actionLineCodes.pipe(z.array(z.string()).min(1, "actionLinesRequired")) : actionLineCodes,
      sdgs: sdgNumbers,
      lead: intent === "submit" ? z.object(organiserShape, { error: "leadRequired" }) : organiser.partial().optional().catch(undefined),
      coOrganisers: z.array(intent === "submit" ? organiser : organiser.partial()).max(MAX_CO_ORGANISERS, "tooLong"),
      speakers: z
        .array(intent === "submit" ? speaker : speaker.partial())
        .min(intent === "submit" ? 1 : 0, "speakersRequired")
        .max(MAX_SPEAKERS, "tooLong"),
      bindingConfirmed:
        intent === "submit"
          ? z.literal("on", { error: "bindingRequired" }).transform(() => true)
          : z
              .string()
              .optional()
              .transform((v) => v === "on"),
    }),
  );

export type WorkshopInput = z.infer<ReturnType<typeof workshopSchema>>;

export function workshopPayload(input: WorkshopInput): SubmissionPayload {
  const participants: ParticipantRow[] = [];
  const addOrganiser = (role: ParticipantRole, position: number, o: Partial<NonNullable<WorkshopInput["lead"]>>) => {
    if (!o.name || !o.organisationName || !o.stakeholderTypeCode) return;
    participants.push({
      role,
      position,
      name: o.name,
      organisationName: o.organisationName,
      stakeholderTypeCode: o.stakeholderTypeCode,
      countryCode: o.countryCode ?? null,
      gender: null,
      attendance: null,
    });
  };
  if (input.lead) addOrganiser("LEAD_ORGANISER", 0, input.lead);
  input.coOrganisers.forEach((o, i) => addOrganiser("CO_ORGANISER", i, o));
  input.speakers.forEach((s, i) => {
    if (!s.name || !s.organisationName || !s.stakeholderTypeCode) return;
    participants.push({
      role: "SPEAKER",
      position: i,
      name: s.name,
      organisationName: s.organisationName,
      stakeholderTypeCode: s.stakeholderTypeCode,
      countryCode: null,
      gender: s.gender ?? null,
      attendance: s.attendance ?? null,
    });
  });
  return {
    title: input.title,
    summary: "",
    body: input.body,
    language: input.language,
    topic: null,
    details: { format: input.format ?? null, durationMinutes: input.durationMinutes ?? null, preferredDay: input.preferredDay ?? null },
    countryCode: null,
    actionLines: input.actionLines,
    sdgs: input.sdgs,
    participants,
    bindingConfirmed: input.bindingConfirmed,
  };
}

const detailsSchema = z
  .object({
    format: z.enum(WORKSHOP_FORMATS).nullable().catch(null).default(null),
    durationMinutes: z.number().int().nullable().catch(null).default(null),
    preferredDay: z.iso.date().nullable().catch(null).default(null),
  })
  .catch({ format: null, durationMinutes: null, preferredDay: null });
export type WorkshopDetails = z.infer<typeof detailsSchema>;
export const parseWorkshopDetails = (raw: unknown): WorkshopDetails => detailsSchema.parse(raw ?? {});

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

export const workshop: StakeholderKindSpec = {
  kind: "WORKSHOP_REQUEST",
  deadline: "WORKSHOP_REQUEST",
  letter: "W",
  path: "workshops",
  form: (intent) => workshopSchema(intent).transform(workshopPayload),
  rows: { coOrganisers: [...ORGANISER_FIELDS], speakers: [...SPEAKER_FIELDS] },
  attachment: false,
  duplicateChecked: true,
  details: parseWorkshopDetails,
  async check(_tx, { edition, payload }) {
    const { preferredDay } = parseWorkshopDetails(payload.details);
    if (!preferredDay) return;
    const day = new Date(`${preferredDay}T00:00:00Z`).getTime();
    if (day < edition.startDate.getTime() || day > edition.endDate.getTime()) throw new DomainError("VALIDATION", { preferredDay: ["dayOutOfRange"] });
  },
  columns: (_payload, { submitting, now }) => (submitting ? { bindingConfirmedAt: now } : {}),
  formValues: (s) => {
    const d = parseWorkshopDetails(s.details);
    const values: Record<string, string | string[]> = {
      title: s.title,
      body: s.body,
      language: s.language,
      actionLines: s.actionLines,
      sdgs: s.sdgs,
      format: str(d.format),
      durationMinutes: str(d.durationMinutes),
      preferredDay: str(d.preferredDay),
      bindingConfirmed: s.bindingConfirmedAt ? "on" : "",
    };
    const coOrganisers: Record<string, string>[] = [];
    const speakers: Record<string, string>[] = [];
    for (const p of s.participants) {
      const common = { name: p.name, organisationName: p.organisationName, stakeholderTypeCode: p.stakeholderTypeCode };
      if (p.role === "LEAD_ORGANISER")
        Object.assign(values, {
          "lead.name": p.name,
          "lead.organisationName": p.organisationName,
          "lead.stakeholderTypeCode": p.stakeholderTypeCode,
          "lead.countryCode": str(p.countryCode),
        });
      else if (p.role === "CO_ORGANISER") coOrganisers.push({ ...common, countryCode: str(p.countryCode) });
      else speakers.push({ ...common, gender: str(p.gender), attendance: str(p.attendance) });
    }
    return { values, rows: { coOrganisers, speakers } };
  },
};
