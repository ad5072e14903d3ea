import { z } from "zod";

/** The check-in desk's form: which desk, and the code a camera, a hand-held scanner or a person typed. */
export const checkInSchema = z.object({
  desk: z.string().trim().min(1, "required").max(60, "tooLong"),
  code: z.string().trim().min(1, "required").max(200, "tooLong"),
});

export const approveVisaLetterSchema = z.object({ confirmed: z.literal("1", "required") });

export const rejectVisaLetterSchema = z.object({
  reason: z.string().trim().min(1, "required").max(1000, "tooLong"),
});
