import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { STAKEHOLDER_TYPE_CODES } from "@/lib/reference/catalog";
import { readsValid } from "@/lib/actions/cross-field";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "choice");
export const stakeholderTypeSchema = z.enum(STAKEHOLDER_TYPE_CODES, { error: "choice" });
/** An HTML checkbox: "on" when ticked, absent otherwise. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

/** The profile's fields, each on its own (the whole form is `profileSchema`). */
export const profileFields = z.object({
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
  jobTitle: optionalText(200),
  stakeholderTypeCode: stakeholderTypeSchema,
  countryCode: countryCodeSchema,
  preferredLanguage: z.enum(locales, { error: "choice" }),
  organisationChoice: z.enum(["existing", "new"], { error: "choice" }),
  organisationId: optionalText(40),
  organisationName: optionalText(200),
  confirmNewOrganisation: checkbox,
});

export const profileSchema = profileFields.superRefine(
  (v, ctx) => {
    if (v.organisationChoice === "existing" && !v.organisationId) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "required" });
    if (v.organisationChoice === "new" && (!v.organisationName || v.organisationName.length < 2)) {
      ctx.addIssue({ code: "custom", path: ["organisationName"], message: "required" });
    }
  },
  readsValid("organisationChoice", "organisationId", "organisationName"),
);

export type ProfileInput = z.infer<typeof profileSchema>;
