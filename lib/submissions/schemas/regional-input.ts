import { z } from "zod";
import { countryCodeSchema } from "@/lib/profiles/schemas";
import { UN_REGION_CODES } from "@/lib/reference/member-states";
import { SUMMARY_MAX_WORDS } from "../word-count";
import { languageSchema, text, words } from "./common";

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

/** An input from a regional or national event, recorded by the secretariat for its organisers. */
export const regionalInputSchema = z
  .object({
    eventName: text(200).min(3, "tooShort"),
    eventDate: z.iso.date({ error: "date" }),
    countryCode: z.preprocess(blankToUndefined, countryCodeSchema.optional()),
    regionCode: z.preprocess(blankToUndefined, z.enum(UN_REGION_CODES, { error: "choice" }).optional()),
    organiserName: text(200).min(2, "required"),
    organiserEmail: z.preprocess(blankToUndefined, text(254).pipe(z.email("email")).optional()),
    summary: words(text(10_000).min(1, "required"), SUMMARY_MAX_WORDS * 4),
    language: languageSchema,
  })
  .superRefine((v, ctx) => {
    if (!v.countryCode && !v.regionCode) ctx.addIssue({ code: "custom", path: ["countryCode"], message: "required" });
  });

export type RegionalInputInput = z.infer<typeof regionalInputSchema>;
