// Helpers for end-to-end tests: mail from the test SMTP server, the test database, sign-in
// without the UI (a session row + cookie, as Auth.js itself creates them), and axe.
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import type { Role } from "../../lib/generated/prisma/enums";

const control = `http://127.0.0.1:${process.env.E2E_CONTROL_PORT}`;

export interface ReceivedMail {
  subject: string;
  text: string;
  html: string | null;
}

/** Waits for a mail to `to` (optionally with a subject) on the test SMTP server. */
export async function waitForMail(to: string, subject?: RegExp, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(`${control}/mail?to=${encodeURIComponent(to)}`)).json()) as ReceivedMail[];
    const found = mails.find((m) => !subject || subject.test(m.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function mailCount(to: string): Promise<number> {
  return ((await (await fetch(`${control}/mail?to=${encodeURIComponent(to)}`)).json()) as unknown[]).length;
}

export const linksIn = (mail: ReceivedMail) => mail.text.match(/https?:\/\/\S+/g) ?? [];

/** The link of a sign-in mail: it opens the confirmation page (a GET of it signs nobody in). */
export const signInLinkIn = (mail: ReceivedMail) => linksIn(mail).find((l) => l.includes("/sign-in/confirm?"));

/** Opens the sign-in mail's link and presses the page's only button ("Sign in as …"), as a person does. */
export async function followSignInLink(page: Page, mail: ReceivedMail) {
  const link = signInLinkIn(mail);
  if (!link) throw new Error(`no sign-in link in: ${mail.text}`);
  await page.goto(link);
  const before = page.url();
  await page.getByRole("main").getByRole("button").click();
  await page.waitForURL((url) => url.toString() !== before);
}

/** What the system under test runs on: its database, mail server and session secret. */
export async function e2eEnv() {
  return (await (await fetch(`${control}/env`)).json()) as { databaseUrl: string; smtpUrl: string; authSecret: string };
}

let prisma: ReturnType<typeof createPrismaClient> | undefined;
/** A Prisma client on the e2e database, to arrange data and check outcomes. */
export async function e2eDb() {
  prisma ??= createPrismaClient((await e2eEnv()).databaseUrl, 2);
  return prisma;
}

let counter = 0;
export const uniqueEmail = (prefix = "user") => `${prefix}-${Date.now().toString(36)}-${process.pid}-${(counter++).toString(36)}@example.org`;

/**
 * Signs a (new or existing) user in by writing a session row and its cookie. A secretariat
 * session has passed the second factor unless `secondFactor: false` asks for one that has not.
 */
export async function signInAs(context: BrowserContext, options: { email?: string; role?: Role; name?: string; secondFactor?: boolean } = {}) {
  const db = await e2eDb();
  const email = (options.email ?? uniqueEmail(options.role?.toLowerCase() ?? "user")).toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    update: options.role ? { role: options.role } : {},
    create: { email, role: options.role ?? "STAKEHOLDER", name: options.name ?? null, emailVerified: new Date() },
  });
  const sessionToken = crypto.randomUUID();
  const secondFactorAt = user.role === "SECRETARIAT" && options.secondFactor !== false ? new Date() : null;
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 24 * 3600_000), secondFactorAt } });
  const baseURL = `http://localhost:${process.env.E2E_PORT}`;
  await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return { ...user, sessionToken };
}

/**
 * Clicks a control once React has hydrated it, for a test of what it does in the browser. A
 * button whose action runs only there (the check-in camera) does nothing before — for a person on
 * a slow connection too — and a test on a busy machine can get there first (seen in CI: "Sign
 * out" clicked on a freshly loaded page, still signed in 10 s later; it is a form since, which
 * signs out through the server before hydration, tested on its own without JavaScript).
 */
export async function clickOnceHydrated(control: Locator) {
  await expect.poll(() => control.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), { timeout: 20_000 }).toBe(true);
  await control.click();
}

/**
 * axe with the WCAG 2.1 A/AA rules: nothing serious or critical may remain. Legacy mode runs
 * axe in the page itself instead of gathering frame results in a second, blank page (the portal
 * has no frames), and only violations are collected: together about three times faster, with
 * the same rules and the same findings.
 */
export async function expectAccessible(page: Page) {
  // a page that is still loading (a reload an action asked for) has no title yet: check the page
  // once it has loaded; one that never gets a title is still reported by axe
  await page.waitForFunction(() => document.readyState === "complete" && document.title !== "", null, { timeout: 5_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

/**
 * Collects what the page's Content-Security-Policy refused: Chromium's console reports, and the
 * securitypolicyviolation events, which the page reports to the console with a marker.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`[csp-violation] ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.documentURI}`),
    );
  });
  page.on("console", (message) => {
    const text = message.text();
    if (text.startsWith("[csp-violation]") || text.includes("Content Security Policy")) violations.push(`${page.url()}: ${text}`);
  });
  return violations;
}

/**
 * The test object every spec uses: each page reached with `page.goto`, and the page a test ends
 * on, is checked with axe. (Pages reached by clicking are checked where the test calls
 * `expectAccessible`, and always at the end.) Anything the Content-Security-Policy refused on
 * any page of the test fails it.
 */
export const test = base.extend<{ axeOnEveryPage: void }>({
  page: async ({ page }, use) => {
    const cspViolations = await watchCspViolations(page);
    const goto = page.goto.bind(page);
    let lastChecked = "";
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (response && response.status() < 500) {
        await expectAccessible(page);
        lastChecked = page.url();
      }
      return response;
    };
    await use(page);
    // the page the test ends on, unless it is the one just checked on arrival
    if (!page.isClosed() && page.url().startsWith("http") && page.url() !== lastChecked) await expectAccessible(page);
    expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
  },
});
export { expect };
