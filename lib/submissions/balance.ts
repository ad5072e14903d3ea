/**
 * The gender and stakeholder balance of a workshop's speakers, counted the same way in the
 * live panel of the form and on the server.
 */
export interface SpeakerLike {
  gender?: string | null;
  stakeholderTypeCode?: string | null;
}

export interface SpeakerBalance {
  total: number;
  byGender: Record<string, number>;
  byStakeholderType: Record<string, number>;
  /** share of women among speakers whose gender is given, 0–100, or null when none is given */
  womenPercent: number | null;
  distinctStakeholderTypes: number;
}

export function speakerBalance(speakers: readonly SpeakerLike[]): SpeakerBalance {
  const byGender: Record<string, number> = {};
  const byStakeholderType: Record<string, number> = {};
  for (const s of speakers) {
    if (s.gender) byGender[s.gender] = (byGender[s.gender] ?? 0) + 1;
    if (s.stakeholderTypeCode) byStakeholderType[s.stakeholderTypeCode] = (byStakeholderType[s.stakeholderTypeCode] ?? 0) + 1;
  }
  const declared = (byGender.FEMALE ?? 0) + (byGender.MALE ?? 0) + (byGender.OTHER ?? 0);
  return {
    total: speakers.length,
    byGender,
    byStakeholderType,
    womenPercent: declared ? Math.round(((byGender.FEMALE ?? 0) / declared) * 100) : null,
    distinctStakeholderTypes: Object.keys(byStakeholderType).length,
  };
}
