import { z } from "zod";
import { ContributionTopic } from "@/lib/generated/prisma/enums";
import { CONTRIBUTION_BODY_MAX_WORDS, SUMMARY_MAX_WORDS } from "../word-count";
import { actionLineCodes, languageSchema, sdgNumbers, text, textFor, words, type Intent } from "./common";

export const CONTRIBUTION_TITLE_MAX = 200;

export const contributionSchema = (intent: Intent) =>
  z
    .object({
      topic: intent === "submit" ? z.enum(ContributionTopic, { error: "choice" }) : z.enum(ContributionTopic).optional().catch(undefined),
      title: text(CONTRIBUTION_TITLE_MAX).min(3, "tooShort"),
      summary: words(textFor(intent, 2000), SUMMARY_MAX_WORDS),
      body: words(textFor(intent, 20_000), CONTRIBUTION_BODY_MAX_WORDS),
      language: languageSchema,
      actionLines: intent === "submit" ? actionLineCodes.pipe(z.array(z.string()).min(1, "actionLinesRequired")) : actionLineCodes,
      sdgs: sdgNumbers,
    });

export type ContributionInput = z.infer<ReturnType<typeof contributionSchema>>;
