// Input of policy statements: the request for a slot at the High-Level Track, the statement
// itself (text or PDF), and the secretariat's scheduling. Messages: "Validation" or
// "InvitationValidation" keys.
import { z } from "zod";
import { PolicyStatementStatus, ProtocolCategory } from "@/lib/generated/prisma/enums";
import { languageSchema, NAME_MAX, plainText, TITLE_MAX } from "@/lib/invitations/schemas";
import { countWords } from "@/lib/text/words";
import { STATEMENT_TEXT_MAX_CHARS, STATEMENT_WORD_LIMIT } from "./policy";

/** The Prisma enum's values, in schema order (the request form lists them). */
export const PROTOCOL_CATEGORIES = Object.values(ProtocolCategory);

export const requestStatementSchema = z.object({
  speakerName: plainText(NAME_MAX),
  speakerTitle: plainText(TITLE_MAX),
  protocolCategory: z.enum(ProtocolCategory, "choice"),
  language: languageSchema,
});
export type RequestStatementInput = z.infer<typeof requestStatementSchema>;
export type RequestStatementField = keyof RequestStatementInput;

/** The statement's text; empty when a PDF is given instead (the action checks that one of them is). */
export const statementTextSchema = z.object({
  text: z
    .string()
    .trim()
    .max(STATEMENT_TEXT_MAX_CHARS, "tooLong")
    .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(v), "controlCharacters")
    .refine((v) => countWords(v) <= STATEMENT_WORD_LIMIT, "wordLimit"),
  removeFile: z.stringbool().optional(),
});
export type StatementTextInput = z.infer<typeof statementTextSchema>;

export const markStatementSchema = z.object({ status: z.enum(PolicyStatementStatus).extract(["SCHEDULED", "DELIVERED"], "choice") });
