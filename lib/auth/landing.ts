import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getProfile } from "@/lib/profiles/queries";

/** The query the profile page reads to greet a user sent there to complete it. */
export const COMPLETE_PROFILE_QUERY = "complete=1";

/** A sign-in without a destination of its own: Auth.js gives back the bare language home ("/en"). */
export function isDefaultDestination(path: string): boolean {
  const bare = path.replace(/[?#].*$/, "").replace(/\/+$/, "");
  return bare === "" || isLocale(bare.slice(1));
}

/**
 * Where a user goes once signed in. A destination the user asked for (the invitation they came
 * from, the form that sent them to sign in) always wins. Without one, the secretariat goes to its
 * dashboard and a user whose profile lacks a name, organisation, stakeholder type or country goes
 * to the profile page, which says why; everyone else to the language home.
 */
export function chooseLanding(target: string, locale: Locale, user: { role: Role; profileComplete: boolean } | null): string {
  if (!isDefaultDestination(target) || !user) return target;
  if (user.role === "SECRETARIAT") return `/${locale}/admin`;
  if (!user.profileComplete) return `/${locale}/profile?${COMPLETE_PROFILE_QUERY}`;
  return target;
}

/** chooseLanding for the user with this address; "complete" is the profile's own rule (lib/profiles). */
export async function landingAfterSignIn(email: string, locale: Locale, target: string): Promise<string> {
  if (!isDefaultDestination(target)) return target;
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, role: true } });
  if (!user) return target;
  const profile = await getProfile(user.id);
  return chooseLanding(target, locale, { role: user.role, profileComplete: profile?.complete ?? false });
}
