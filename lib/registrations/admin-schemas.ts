// Input of the secretariat's registration pages (list filters, focal points, data protection)
// and of the focal point's queue. Messages are keys of the core "Validation" namespace or, for
// rules of this area, namespaced references.
import { z } from "zod";
import { Attendance, BadgeCategory, ForumRegistrationStatus, Gender } from "@/lib/generated/prisma/enums";
import { emailAddress, languageSchema, plainText } from "@/lib/invitations/schemas";

const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal("").transform(() => undefined), schema])
    .optional()
    .catch(undefined);

export const registrationStatuses = Object.values(ForumRegistrationStatus);
export const badgeCategories = Object.values(BadgeCategory);
export const registrationGenders = Object.values(Gender);
export const attendances = Object.values(Attendance);

/** The registrations list's filters, from the query string (a bad value is ignored, never a 500). */
export const registrationFilterSchema = z.object({
  edition: optional(z.string().regex(/^\d{4}$/)),
  status: optional(z.enum(ForumRegistrationStatus)),
  category: optional(z.enum(BadgeCategory)),
  stakeholderType: optional(z.string().max(60)),
  region: optional(z.string().max(60)),
  gender: optional(z.enum(Gender)),
  attendance: optional(z.enum(Attendance)),
  visa: optional(z.enum(["yes", "no"])),
  q: optional(z.string().trim().max(200)),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});
export type RegistrationFilter = z.infer<typeof registrationFilterSchema>;

/** A focal point the secretariat names for a Member State and edition. */
export const nameFocalPointSchema = z.object({
  memberStateCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "choice"),
  email: emailAddress,
  name: z.preprocess((v) => (v === "" ? undefined : v), plainText(200).optional()),
  language: languageSchema,
});
export type NameFocalPointInput = z.infer<typeof nameFocalPointSchema>;

/** A confirmation step the server requires (no script can skip it). */
export const confirmedSchema = z.object({ confirmed: z.literal("1", "required") });

/** The focal point's decision on a member of their delegation: accredit, or reject with a reason. */
export const focalDecisionSchema = z
  .object({
    decision: z.enum(["ACCREDIT", "REJECT"], "choice"),
    reason: z
      .string()
      .trim()
      .max(2000, "tooLong")
      .refine((v) => !/[<>]/.test(v), "noMarkup")
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => v.decision !== "REJECT" || v.reason, { path: ["reason"], message: "required" });
export type FocalDecisionInput = z.infer<typeof focalDecisionSchema>;
