import { z } from "zod";

export const compilationSchema = z.object({
  publish: z.enum(["1", "0"], "choice").transform((v) => v === "1"),
  confirmed: z.literal("1", "required"),
});
