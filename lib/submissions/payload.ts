// What a submission row stores, whatever its kind: each kind's schema (lib/submissions/kinds/)
// turns its form into this. Pure: the services persist it.
import type { Attendance, ContributionTopic, Gender, ParticipantRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

export interface ParticipantRow {
  role: ParticipantRole;
  position: number;
  name: string;
  organisationName: string;
  stakeholderTypeCode: string;
  countryCode: string | null;
  gender: Gender | null;
  attendance: Attendance | null;
}

export interface SubmissionPayload {
  title: string;
  summary: string;
  body: string;
  language: Locale;
  topic: ContributionTopic | null;
  details: Record<string, string | number | null>;
  countryCode: string | null;
  actionLines: string[];
  sdgs: number[];
  /** workshops only: replaces the stored organisers and speakers */
  participants?: ParticipantRow[];
  /** nominations only: "one nominee once per edition", taken when submitted */
  nomineeKey?: string;
  /** workshops: the organisers confirmed the binding commitment */
  bindingConfirmed?: boolean;
}
