import { z } from "zod";
import { DeadlineKind, EditionStatus, PhaseKind } from "@/lib/generated/prisma/enums";
import { isCampaignKind } from "@/lib/deadlines/types";
import { genevaDateTimeInput, optionalGenevaDateTimeInput } from "@/lib/time/input";
import { readsValid } from "@/lib/actions/cross-field";

const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

/** A `datetime-local` value ("2027-03-01T17:00") read as Geneva wall-clock time (lib/time/input.ts). */
export const genevaDateTime = genevaDateTimeInput;
const optionalGenevaDateTime = optionalGenevaDateTimeInput;

const day = z.iso.date("date").transform((v) => new Date(`${v}T00:00:00Z`));
const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const createEditionSchema = z
  .object({
    year: z.coerce.number("number").int("number").min(2000, "invalid").max(9999, "invalid"),
    title: text(300),
    theme: text(1000),
    venue: text(300),
    startDate: day,
    endDate: day,
    datesIndicative: checkbox,
  })
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], message: "invalid", ...readsValid("startDate", "endDate") });
export type CreateEditionInput = z.infer<typeof createEditionSchema>;

export const editionSettingsSchema = z.object({
  status: z.enum(EditionStatus, "choice"),
  datesIndicative: checkbox,
});

/** Moving a phase: its instants, whether they are indicative, and whether to mail who depends on it. */
export const movePhaseSchema = z
  .object({
    startsAt: genevaDateTime,
    endsAt: optionalGenevaDateTime,
    datesIndicative: checkbox,
    notify: checkbox,
    confirmed: z.literal("1", "required"),
  })
  .refine((v) => !v.endsAt || v.endsAt > v.startsAt, { path: ["endsAt"], message: "invalid", ...readsValid("startsAt", "endsAt") });
export type MovePhaseInput = z.infer<typeof movePhaseSchema>;

export const moveDeadlineSchema = z
  .object({
    opensAt: optionalGenevaDateTime,
    closesAt: genevaDateTime,
    modificationClosesAt: optionalGenevaDateTime,
    indicative: checkbox,
    notify: checkbox,
    confirmed: z.literal("1", "required"),
  })
  .refine((v) => !v.opensAt || v.opensAt < v.closesAt, { path: ["opensAt"], message: "invalid", ...readsValid("opensAt", "closesAt") })
  .refine((v) => !v.modificationClosesAt || v.modificationClosesAt >= v.closesAt, {
    path: ["modificationClosesAt"],
    message: "invalid",
    ...readsValid("modificationClosesAt", "closesAt"),
  });
export type MoveDeadlineInput = z.infer<typeof moveDeadlineSchema>;

export const addPhaseSchema = z.object({
  number: z.coerce.number("number").int("number").min(1, "invalid").max(99, "invalid"),
  kind: z.enum(PhaseKind, "choice"),
  title: text(300),
  startsAt: genevaDateTime,
  datesIndicative: checkbox,
});
export type AddPhaseInput = z.infer<typeof addPhaseSchema>;

export const addDeadlineSchema = z
  .object({
    // a letter's deadlines are created with the letter (lib/invitations), not here
    kind: z.enum(DeadlineKind, "choice").refine((k) => !isCampaignKind(k), "choice"),
    opensAt: optionalGenevaDateTime,
    closesAt: genevaDateTime,
    indicative: checkbox,
  })
  .refine((v) => !v.opensAt || v.opensAt < v.closesAt, { path: ["opensAt"], message: "invalid", ...readsValid("opensAt", "closesAt") });
export type AddDeadlineInput = z.infer<typeof addDeadlineSchema>;
