import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "required").max(254, "tooLong").pipe(z.email("email")),
  callbackUrl: z.string().optional(),
});
export type SignInField = "email";
