// An input from a regional or national event, recorded by the secretariat for its organisers
// (lib/submissions/service/record-regional-input.ts); it appears in the public compilation.
import { z } from "zod";
import { countryCodeSchema } from "@/lib/profiles/schemas";
import { UN_REGION_CODES } from "@/lib/reference/member-states";
import { languageSchema, text, words } from "../schemas/common";
import { SUMMARY_MAX_WORDS } from "../word-count";
import { readsValid } from "@/lib/actions/cross-field";
import type { KindSpec } from "./types";

export const REGIONAL_SUMMARY_MAX_WORDS = SUMMARY_MAX_WORDS * 4;
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

export const regionalInputSchema = z
  .object({
    eventName: text(200).min(3, "tooShort"),
    eventDate: z.iso.date({ error: "date" }),
    countryCode: z.preprocess(blankToUndefined, countryCodeSchema.optional()),
    regionCode: z.preprocess(blankToUndefined, z.enum(UN_REGION_CODES, { error: "choice" }).optional()),
    organiserName: text(200).min(2, "required"),
    organiserEmail: z.preprocess(blankToUndefined, text(254).pipe(z.email("email")).optional()),
    summary: words(text(10_000).min(1, "required"), REGIONAL_SUMMARY_MAX_WORDS),
    language: languageSchema,
  })
  .superRefine(
    (v, ctx) => {
      if (!v.countryCode && !v.regionCode) ctx.addIssue({ code: "custom", path: ["countryCode"], message: "required" });
    },
    readsValid("countryCode", "regionCode"),
  );

export type RegionalInputInput = z.infer<typeof regionalInputSchema>;

/** What a regional input stores in `details`. */
export const regionalInputDetails = (input: RegionalInputInput) => ({
  eventDate: input.eventDate,
  regionCode: input.regionCode ?? null,
  organiserName: input.organiserName,
  organiserEmail: input.organiserEmail ?? null,
});

const nullableText = z.string().nullable().catch(null).default(null);
const detailsSchema = z
  .object({ eventDate: nullableText, regionCode: nullableText, organiserName: nullableText, organiserEmail: nullableText })
  .catch({ eventDate: null, regionCode: null, organiserName: null, organiserEmail: null });
export type RegionalInputDetails = z.infer<typeof detailsSchema>;
export const parseRegionalInputDetails = (raw: unknown): RegionalInputDetails => detailsSchema.parse(raw ?? {});

/** Recorded by the secretariat (recordRegionalInput), not drafted by a stakeholder. */
export const regionalInput: KindSpec = {
  kind: "REGIONAL_INPUT",
  deadline: "REGIONAL_INPUT",
  letter: "R",
  details: parseRegionalInputDetails,
};
