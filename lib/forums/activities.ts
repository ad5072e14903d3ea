// The activities a consultation phase can list. Stored on ConsultationPhase.activities as these
// keys and translated under the "PublicActivity" namespace (lib/forums/phases.ts). Plain data:
// the seed's reference editions (lib/reference/editions.ts) use it too.

/**
 * presentation, online_discussions, official_contributions, hlt_facilitator_nominations,
 * physical_meeting, remote_participation, final_review, final_brief,
 * deadline_contributions, deadline_workshops.
 */
export const PHASE_ACTIVITIES = [
  "presentation",
  "online_discussions",
  "official_contributions",
  "hlt_facilitator_nominations",
  "physical_meeting",
  "remote_participation",
  "final_review",
  "final_brief",
  "deadline_contributions",
  "deadline_workshops",
] as const;
export type PhaseActivity = (typeof PHASE_ACTIVITIES)[number];
