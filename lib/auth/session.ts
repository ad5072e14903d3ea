import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { auth } from "./auth";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.user.email) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name ?? null, role: session.user.role };
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

/** As requireUser, and answers 403 (the forbidden page) unless the user has one of the roles. */
export async function requireRole(roles: Role | Role[], locale: Locale = defaultLocale, returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(locale, returnTo);
  if (!([] as Role[]).concat(roles).includes(user.role)) forbidden();
  return user;
}

declare const secretariatBrand: unique symbol;

/**
 * The proof that this request is the secretariat's: a signed-in user with the SECRETARIAT role.
 * Only requireSecretariat() (and authorizeSecretariatRequest() for route handlers) make one, so a
 * query or service that takes a `Secretariat` first cannot be reached without the check: the
 * compiler sees to it.
 */
export type Secretariat = CurrentUser & { readonly role: "SECRETARIAT"; readonly [secretariatBrand]: true };

function asSecretariat(user: CurrentUser): Secretariat {
  return user as Secretariat;
}

/**
 * For admin pages and actions: the secretariat of this request, or the sign-in page (coming back
 * to `returnTo`) for a visitor and 403 for anyone else. Every admin query and service takes what
 * it returns first.
 */
export async function requireSecretariat(locale: Locale = defaultLocale, returnTo?: string): Promise<Secretariat> {
  return asSecretariat(await requireRole("SECRETARIAT", locale, returnTo));
}

/** As requireSecretariat, for route handlers: 401 for a visitor, 403 for anyone else. */
export async function authorizeSecretariatRequest(): Promise<{ secretariat: Secretariat } | { status: 401 | 403 }> {
  const access = await authorizeRequest("SECRETARIAT");
  return "status" in access ? access : { secretariat: asSecretariat(access.user) };
}

/** For route handlers, which answer with a status rather than a page. */
export async function authorizeRequest(roles?: Role | Role[]): Promise<{ user: CurrentUser } | { status: 401 | 403 }> {
  const user = await getCurrentUser();
  if (!user) return { status: 401 };
  if (roles && !([] as Role[]).concat(roles).includes(user.role)) return { status: 403 };
  return { user };
}
