// Form input -> what a submission row stores, per kind. Pure: the services persist it.
import type { Attendance, ContributionTopic, Gender, ParticipantRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { foldText } from "./fold";
import type { ContributionInput } from "./schemas/contribution";
import type { NominationInput } from "./schemas/nomination";
import type { WorkshopInput } from "./schemas/workshop";

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

export function workshopPayload(input: WorkshopInput): SubmissionPayload {
  const participants: ParticipantRow[] = [];
  const organiser = (role: ParticipantRole, position: number, o: Partial<NonNullable<WorkshopInput["lead"]>>) => {
    if (!o.name || !o.organisationName || !o.stakeholderTypeCode) return;
    participants.push({ role, position, name: o.name, organisationName: o.organisationName, stakeholderTypeCode: o.stakeholderTypeCode, countryCode: o.countryCode ?? null, gender: null, attendance: null });
  };
  if (input.lead) organiser("LEAD_ORGANISER", 0, input.lead);
  input.coOrganisers.forEach((o, i) => organiser("CO_ORGANISER", i, o));
  input.speakers.forEach((s, i) => {
    if (!s.name || !s.organisationName || !s.stakeholderTypeCode) return;
    participants.push({ role: "SPEAKER", position: i, name: s.name, organisationName: s.organisationName, stakeholderTypeCode: s.stakeholderTypeCode, countryCode: null, gender: s.gender ?? null, attendance: s.attendance ?? null });
  });
  return {
    title: input.title,
    summary: "",
    body: input.body,
    language: input.language,
    topic: null,
    details: { format: input.format ?? null, durationMinutes: input.durationMinutes ?? null, preferredDay: input.preferredDay ?? null },
    countryCode: null,
    actionLines: input.actionLines,
    sdgs: input.sdgs,
    participants,
    bindingConfirmed: input.bindingConfirmed,
  };
}

/** The nominee's identity for "once per edition": folded name and e-mail address. */
export const nomineeKeyOf = (name: string, email: string) => `${foldText(name)}|${email.trim().toLowerCase()}`;

export function nominationPayload(input: NominationInput): SubmissionPayload {
  return {
    title: input.nomineeName,
    summary: input.motivation,
    body: input.biography,
    language: input.language,
    topic: null,
    details: {
      nomineeEmail: input.nomineeEmail || null,
      nomineeOrganisation: input.nomineeOrganisation || null,
      stakeholderTypeCode: input.stakeholderTypeCode ?? null,
    },
    countryCode: input.countryCode ?? null,
    actionLines: [],
    sdgs: [],
    nomineeKey: input.nomineeEmail ? nomineeKeyOf(input.nomineeName, input.nomineeEmail) : undefined,
  };
}
