import { z } from "zod";
import { countryCodeSchema, stakeholderTypeSchema } from "@/lib/profiles/schemas";
import { languageSchema, text, textFor, words, type Intent } from "./common";

export const BIOGRAPHY_MAX_WORDS = 300;

export const nominationSchema = (intent: Intent) =>
  z.object({
    nomineeName: text(200).min(2, "required"),
    nomineeEmail: intent === "submit" ? text(254).pipe(z.email("email")) : z.union([z.literal(""), text(254).pipe(z.email("email"))]).default(""),
    nomineeOrganisation: textFor(intent, 200),
    stakeholderTypeCode: intent === "submit" ? stakeholderTypeSchema : stakeholderTypeSchema.optional().catch(undefined),
    countryCode: z.preprocess((v) => (v === "" ? undefined : v), countryCodeSchema.optional()),
    biography: words(textFor(intent, 5000), BIOGRAPHY_MAX_WORDS),
    motivation: words(text(3000).default(""), 200),
    language: languageSchema,
  });

export type NominationInput = z.infer<ReturnType<typeof nominationSchema>>;
