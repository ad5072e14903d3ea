import { z } from "zod";
import { Attendance, Gender } from "@/lib/generated/prisma/enums";
import { countryCodeSchema, stakeholderTypeSchema } from "@/lib/profiles/schemas";
import { actionLineCodes, languageSchema, rowsOf, sdgNumbers, text, textFor, words, type Intent } from "./common";

export const WORKSHOP_TITLE_MAX = 120;
export const WORKSHOP_DESCRIPTION_MAX_WORDS = 500;
export const WORKSHOP_FORMATS = ["PANEL", "INTERACTIVE_WORKSHOP", "ROUNDTABLE", "DEMONSTRATION", "HACKATHON"] as const;
export const WORKSHOP_DURATIONS = [45, 60, 90] as const;
export const MAX_CO_ORGANISERS = 5;
export const MAX_SPEAKERS = 10;

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

/** A workshop request. The binding confirmation is required when it is submitted. */
export const workshopSchema = (intent: Intent) =>
  z.preprocess(
    (raw) => {
      const input = (raw ?? {}) as Record<string, unknown>;
      return {
        ...input,
        lead: rowsOf(input, "lead", ORGANISER_FIELDS)[0],
        coOrganisers: rowsOf(input, "coOrganisers", ORGANISER_FIELDS),
        speakers: rowsOf(input, "speakers", SPEAKER_FIELDS),
      };
    },
    z
      .object({
        title: text(WORKSHOP_TITLE_MAX).min(3, "tooShort"),
        body: words(textFor(intent, 10_000), WORKSHOP_DESCRIPTION_MAX_WORDS),
        format: intent === "submit" ? z.enum(WORKSHOP_FORMATS, { error: "choice" }) : z.enum(WORKSHOP_FORMATS).optional().catch(undefined),
        durationMinutes:
          intent === "submit"
            ? z.coerce.number().pipe(z.union(WORKSHOP_DURATIONS.map((d) => z.literal(d)), { error: "choice" }))
            : z.coerce.number().pipe(z.union(WORKSHOP_DURATIONS.map((d) => z.literal(d)))).optional().catch(undefined),
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
