import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { auth } from "./auth";
import { needsSecondFactor } from "./policy";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** This session passed the second factor (asked of the secretariat only). */
  secondFactorVerified?: boolean;
}

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.user.email) return null;
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name ?? null,
    role: session.user.role,
    secondFactorVerified: session.user.secondFactorVerified === true,
  };
});

/**
 * For pages, queries and server actions: the signed-in user, or a redirect to the sign-in page
 * (which comes back to `returnTo`). Call it in every protected entry point; the proxy is no gate.
 */
export async function requireUser(locale: Locale = defaultLocale, returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const query = returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : "";
    redirect(`/${locale}/sign-in${query}`);
  }
  return user;
}

/** The page where the secretariat enrols or passes its second factor (reachable without it). */
export const secondFactorPath = (locale: Locale) => `/${locale}/admin/second-factor`;

async function isServerActionRequest(): Promise<boolean> {
  try {
    return (await headers()).has("next-action");
  } catch {
    return false; // outside a request (scripts, tests): treated as a page
  }
}

/**
 * As requireUser, and answers 403 (the forbidden page) unless the user has one of the roles.
 * The one gate of the secretariat: a SECRETARIAT user passes only once the session has passed the
 * second factor. Until then a page is sent to the enrol/verify page (which comes back to
 * `returnTo`) and a server action is refused with 403. Only the enrol/verify page and its actions
 * pass `{ secondFactor: "pending" }`.
 */
export async function requireRole(
  roles: Role | Role[],
  locale: Locale = defaultLocale,
  returnTo?: string,
  options: { secondFactor?: "required" | "pending" } = {},
): Promise<CurrentUser> {
  const user = await requireUser(locale, returnTo);
  if (!([] as Role[]).concat(roles).includes(user.role)) forbidden();
  if (needsSecondFactor(user) && options.secondFactor !== "pending") {
    if (await isServerActionRequest()) forbidden();
    const query = returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : "";
    redirect(`${secondFactorPath(locale)}${query}`);
  }
  return user;
}

declare const secretariatBrand: unique symbol;

/**
 * The proof that this request is the secretariat's: a signed-in user with the SECRETARIAT role
 * whose session has passed the second factor.
 * Only requireSecretariat() (and authorizeSecretariatRequest() for route handlers) make one, so a
 * query or service that takes a `Secretariat` first cannot be reached without the check: the
 * compiler sees to it.
 */
export type Secretariat = CurrentUser & { readonly role: "SECRETARIAT"; readonly [secretariatBrand]: true };

function asSecretariat(user: CurrentUser): Secretariat {
  return user as Secretariat;
}

/**
 * For admin pages and actions: the secretariat of this request (role and second factor, both
 * checked by requireRole), or the sign-in page (coming back to `returnTo`) for a visitor, the
 * second-factor page for a secretariat session without it (403 for an action), and 403 for
 * anyone else. Every admin query and service takes what it returns first.
 */
export async function requireSecretariat(locale: Locale = defaultLocale, returnTo?: string): Promise<Secretariat> {
  return asSecretariat(await requireRole("SECRETARIAT", locale, returnTo));
}

/** As requireSecretariat, for route handlers: 401 for a visitor, 403 for anyone else (second factor missing included). */
export async function authorizeSecretariatRequest(): Promise<{ secretariat: Secretariat } | { status: 401 | 403 }> {
  const access = await authorizeRequest("SECRETARIAT");
  return "status" in access ? access : { secretariat: asSecretariat(access.user) };
}

/** For route handlers, which answer with a status rather than a page (403 for a secretariat session without its second factor). */
export async function authorizeRequest(roles?: Role | Role[]): Promise<{ user: CurrentUser } | { status: 401 | 403 }> {
  const user = await getCurrentUser();
  if (!user) return { status: 401 };
  if (roles && !([] as Role[]).concat(roles).includes(user.role)) return { status: 403 };
  if (roles && needsSecondFactor(user)) return { status: 403 };
  return { user };
}
