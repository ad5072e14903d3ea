import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { countWords } from "@/lib/text/words";

/** "draft": only a title is needed; "submit": everything the kind requires. */
export type Intent = "draft" | "submit";
export const intentSchema = z.enum(["draft", "submit"], { error: "choice" });

export const text = (max: number) => z.string().trim().max(max, "tooLong");
/** Required on submit, may be empty in a draft. */
export const textFor = (intent: Intent, max: number, min = 1) =>
  intent === "submit" ? text(max).min(min, min > 1 ? "tooShort" : "required") : text(max).default("");
export const words = (schema: z.ZodType<string>, maxWords: number) => schema.refine((v) => countWords(v) <= maxWords, { message: "tooManyWords" });

export const languageSchema = z.enum(locales, { error: "choice" });

/** A checkbox group: absent, one value or several. */
export const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const actionLineCodes = list(z.string().regex(/^C([1-9]|1[01])$/, "choice")).pipe(z.array(z.string()).max(11));
export const sdgNumbers = list(z.coerce.number().int().min(1, "choice").max(17, "choice")).pipe(z.array(z.number()).max(17));
