// A contribution to the open consultation: a text on one of the two topics, with an optional attachment.
import { z } from "zod";
import { ContributionTopic } from "@/lib/generated/prisma/enums";
import type { SubmissionPayload } from "../payload";
import { actionLineCodes, languageSchema, sdgNumbers, text, textFor, words, type Intent } from "../schemas/common";
import { CONTRIBUTION_BODY_MAX_WORDS, SUMMARY_MAX_WORDS } from "../word-count";
import type { StakeholderKindSpec } from "./types";

export const CONTRIBUTION_TITLE_MAX = 200;
export const CONTRIBUTION_TOPICS = Object.values(ContributionTopic);

export const contributionSchema = (intent: Intent) =>
  z.object({
    topic: intent === "submit" ? z.enum(ContributionTopic, { error: "choice" }) : z.enum(ContributionTopic).optional().catch(undefined),
    title: text(CONTRIBUTION_TITLE_MAX).min(3, "tooShort"),
    summary: words(textFor(intent, 2000), SUMMARY_MAX_WORDS),
    body: words(textFor(intent, 20_000), CONTRIBUTION_BODY_MAX_WORDS),
    language: languageSchema,
    actionLines: intent === "submit" ? actionLineCodes.pipe(z.array(z.string()).min(1, "actionLinesRequired")) : actionLineCodes,
    sdgs: sdgNumbers,
  });

export type ContributionInput = z.infer<ReturnType<typeof contributionSchema>>;

export function contributionPayload(input: ContributionInput): SubmissionPayload {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    language: input.language,
    topic: input.topic ?? null,
    details: {},
    countryCode: null,
    actionLines: input.actionLines,
    sdgs: input.sdgs,
  };
}

export const contribution: StakeholderKindSpec = {
  kind: "CONTRIBUTION",
  deadline: "CONTRIBUTION",
  letter: "C",
  path: "contributions",
  form: (intent) => contributionSchema(intent).transform(contributionPayload),
  attachment: true,
  duplicateChecked: true,
  details: () => ({}),
  formValues: (s) => ({
    values: { topic: s.topic ?? "", title: s.title, summary: s.summary, body: s.body, language: s.language, actionLines: s.actionLines, sdgs: s.sdgs },
  }),
};
