import { z } from "zod";

export const registerSchema = z.object({ mode: z.enum(["IN_PERSON", "REMOTE"], { error: "choice" }) });
