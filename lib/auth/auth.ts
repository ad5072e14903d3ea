import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { sendSignInMail } from "./sign-in-mail";
import { SESSION_MAX_AGE, withSessionLifetime } from "./session-lifetime";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; secondFactorVerified?: boolean } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
    disabledAt?: Date | null;
  }
}

/** A magic link is good for one use, within this many seconds. */
export const MAGIC_LINK_MAX_AGE = 30 * 60;

function localeFromRequest(request: Request) {
  const cookie = request.headers.get("cookie")?.match(/(?:^|;\s*)NEXT_LOCALE=([a-z]{2})/)?.[1];
  return isLocale(cookie) ? cookie : defaultLocale;
}

// a function, so configuration is read at the first request and not when `next build` imports this
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // idle and absolute lifetimes per role, and a disabled user's sessions end (lib/auth/session-lifetime.ts)
  adapter: withSessionLifetime(PrismaAdapter(db)),
  // database sessions: the user's role is read on every request, so a change applies at once
  session: { strategy: "database", maxAge: SESSION_MAX_AGE, updateAge: 24 * 3600 },
  secret: env().AUTH_SECRET,
  trustHost: true,
  // locale-free paths: the proxy sends them on to the visitor's language
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  providers: [
    Nodemailer({
      // the provider insists on a server even though mail goes through our own outbox
      server: env().SMTP_URL ?? "smtp://127.0.0.1:25",
      from: env().MAIL_FROM,
      maxAge: MAGIC_LINK_MAX_AGE,
      // Auth.js's own normaliser (NFKC, lower case, one "@"); sendSignInMail then accepts one valid address only
      sendVerificationRequest: ({ identifier, url, token, expires, request }) =>
        sendSignInMail({ identifier, url, token, expires, request, locale: localeFromRequest(request) }),
    }),
  ],
  callbacks: {
    async signIn({ user }) {
      return !user.disabledAt;
    },
    session({ session, user }) {
      session.user.id = user.id;
      session.user.role = user.role ?? "STAKEHOLDER";
      session.user.secondFactorVerified = "secondFactorAt" in session && session.secondFactorAt instanceof Date;
      return session;
    },
  },
}));
