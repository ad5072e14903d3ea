import { z } from "zod";
import { RegistrationMode } from "@/lib/generated/prisma/enums";

export const registerSchema = z.object({ mode: z.enum(RegistrationMode, { error: "choice" }) });
