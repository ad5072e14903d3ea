// Next's framework edges, for integration tests that call server actions directly, outside a
// Next request: the same translations loaded without a request config, redirect/notFound as the
// errors Next throws, and a session the test sets. Use from a `vi.mock` factory:
//
//   vi.mock("next-intl/server", () => import("../../helpers/next-edges").then((m) => m.intlServer()));
import type { CurrentUser } from "@/lib/auth/session";
import { asSecretariat } from "./secretariat";

/** next-intl/server: getTranslations with the project's own messages. */
export async function intlServer() {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en"; namespace?: string }) =>
      createTranslator({ locale, messages: (await loadMessages(locale)) as never, namespace: namespace as never }),
  };
}

/** next/navigation: redirect and notFound throw as Next's do, with the target kept for asserts. */
export function navigation() {
  return {
    redirect: (url: string) => {
      throw Object.assign(new Error("NEXT_REDIRECT"), { url });
    },
    notFound: () => {
      throw new Error("NEXT_NOT_FOUND");
    },
  };
}

/** @/lib/auth/session: the user in `session.user` (null: nobody is signed in). */
export function sessionOf(session: { user: CurrentUser | null }) {
  return {
    getCurrentUser: async () => session.user,
    requireUser: async () => {
      if (!session.user) throw new Error("NEXT_REDIRECT sign-in");
      return session.user;
    },
    requireRole: async (roles: string | string[]) => {
      if (!session.user) throw new Error("NEXT_REDIRECT sign-in");
      if (!([] as string[]).concat(roles).includes(session.user.role)) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
      return session.user;
    },
    /** the test's secretariat user, as requireSecretariat() hands it (role checked; the second factor is the real check's business) */
    requireSecretariat: async () => {
      if (!session.user) throw new Error("NEXT_REDIRECT sign-in");
      if (session.user.role !== "SECRETARIAT") throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
      return asSecretariat(session.user);
    },
  };
}
