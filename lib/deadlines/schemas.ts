// Input of the deadlines admin screen. Messages are keys of "Validation" or "AdminValidation".
import { z } from "zod";
import { calendarDayInput, emailAddress, plainText, REASON_MAX } from "@/lib/invitations/schemas";
import { readsValid } from "@/lib/actions/cross-field";

export const PARTY_TYPES = ["user", "organisation", "invitation"] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

const id = z
  .string()
  .trim()
  .min(1, "required")
  .max(64, "invalid")
  .regex(/^[A-Za-z0-9_-]+$/, "invalid");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/** A bound id (deadline, extension): what a form cannot choose but a forged request could send. */
export const boundIdSchema = id;

/**
 * An extension for one party, to the end of `until` in Geneva. The party is a user (by e-mail),
 * an organisation or an invitation; only the field of the chosen type is read.
 */
export const grantExtensionSchema = z
  .object({
    partyType: z.enum(PARTY_TYPES, "choice"),
    email: optional(emailAddress),
    organisationId: optional(id),
    invitationId: optional(id),
    until: calendarDayInput,
    reason: plainText(REASON_MAX),
  })
  .superRefine(
    (v, ctx) => {
      const field = v.partyType === "user" ? "email" : v.partyType === "organisation" ? "organisationId" : "invitationId";
      if (!v[field]) ctx.addIssue({ code: "custom", path: [field], message: "required" });
    },
    readsValid("partyType", "email", "organisationId", "invitationId"),
  )
  .transform((v) => ({
    party:
      v.partyType === "user"
        ? ({ type: "user", email: v.email! } as const)
        : v.partyType === "organisation"
          ? ({ type: "organisation", organisationId: v.organisationId! } as const)
          : ({ type: "invitation", invitationId: v.invitationId! } as const),
    until: v.until,
    reason: v.reason,
  }));
export type GrantExtensionInput = z.infer<typeof grantExtensionSchema>;
export type ExtensionParty = GrantExtensionInput["party"];
export type GrantExtensionField = "partyType" | "email" | "organisationId" | "invitationId" | "until" | "reason";

/** Revoking carries nothing but the bound extension id. */
export const revokeExtensionSchema = z.object({});
