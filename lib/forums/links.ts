// Where a visitor goes to act on an open window. The forms themselves belong to the consultation
// and Member States areas; these are the paths agreed with them (locale-less, for
// lib/i18n/navigation's Link).
import type { DeadlineKind } from "@/lib/generated/prisma/enums";

export type EditionSection = "" | "consultation" | "agenda" | "high-level-track";

/** An edition page: "/forums/2020", "/forums/2020/agenda". */
export const editionHref = (year: number, section: EditionSection = "") => `/forums/${year}${section ? `/${section}` : ""}`;

export const phaseHref = (year: number, number: number) => `/forums/${year}/consultation/phases/${number}`;

export const sessionHref = (year: number, slug: string) => `/forums/${year}/agenda/${slug}`;

export const documentHref = (slug: string) => `/documents/${slug}`;

/**
 * Windows only an invitation's addressee can act on. Cached public pages cannot know who is
 * signed in, so they give guidance instead of a button (the focal point replies from the letter's link).
 */
export const isMemberStateKind = (kind: DeadlineKind) => kind === "INVITATION_RESPONSE" || kind === "POLICY_STATEMENT";

/** The form that acts on a submission window, or null when there is none to link to. */
export function actionHref(kind: DeadlineKind, year: number): string | null {
  switch (kind) {
    case "CONTRIBUTION":
      return `/consultation/${year}/contributions/new`;
    case "WORKSHOP_REQUEST":
      return `/consultation/${year}/workshops/new`;
    case "FACILITATOR_NOMINATION":
      return `/consultation/${year}/nominations/new`;
    case "REGIONAL_INPUT":
      // the secretariat records inputs from regional and national events for their organisers
      return null;
    case "INVITATION_RESPONSE":
    case "POLICY_STATEMENT":
      return "/policy-statements";
    case "MEETING_REGISTRATION":
      // registration is per meeting: see meetingHref
      return null;
    case "FORUM_REGISTRATION":
      return registrationHref(year);
  }
}

/** The participant's own registration to attend an edition (form, status, badge). */
export const registrationHref = (year: number) => `/registration/${year}`;

export const meetingHref = (year: number, meetingId: string) => `/consultation/${year}/meetings/${meetingId}`;
