// The secretariat's second factor in Chromium against the production build: enrolment on the first
// admin visit with a passkey (Chromium's virtual authenticator, over CDP) and with an authenticator
// app (codes computed here), verification of a new session, a recovery code, and an unverified
// session refused by pages, actions and route handlers.
import type { BrowserContext, Page } from "@playwright/test";
import { generate } from "otplib";
import { e2eDb, expect, expectAccessible, signInAs, test, uniqueEmail } from "./support";

async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

const adminNav = (page: Page) => page.getByRole("navigation", { name: "Secretariat sections" });

async function newUnverifiedSession(page: Page, context: BrowserContext, email: string) {
  // leave the admin page first: a late response to it (a prefetch) must not bring the old cookie back
  await page.goto("about:blank");
  await context.clearCookies();
  await signInAs(context, { email, role: "SECRETARIAT", secondFactor: false });
}

test("first admin visit: enrol a passkey, then a new session verifies with it", async ({ page, context }) => {
  const email = uniqueEmail("staff-passkey");
  await addVirtualAuthenticator(context, page);
  await signInAs(context, { email, role: "SECRETARIAT", secondFactor: false });

  await page.goto("/en/admin/exports");
  await expect(page).toHaveURL(/\/en\/admin\/second-factor\?callbackUrl=%2Fen%2Fadmin%2Fexports$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up a second factor");
  await expect(adminNav(page)).toHaveCount(0);

  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("heading", { name: "Recovery codes" })).toBeVisible();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expectAccessible(page);
  await page.getByRole("link", { name: "I have saved them: continue" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/exports$/);
  await expect(adminNav(page)).toBeVisible();

  const db = await e2eDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  expect(await db.passkey.count({ where: { userId: user.id } })).toBe(1);
  expect(await db.auditEntry.count({ where: { entityId: user.id, action: "second_factor.enrolled" } })).toBe(1);

  await newUnverifiedSession(page, context, email);
  await page.goto("/en/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it is you");
  await expect(adminNav(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Use my passkey" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(adminNav(page)).toBeVisible();
  expect((await db.passkey.findFirstOrThrow({ where: { userId: user.id } })).lastUsedAt).not.toBeNull();
});

test("an authenticator app enrols with a computed code; a wrong code keeps what was typed; a recovery code works once", async ({ page, context }) => {
  const email = uniqueEmail("staff-totp");
  await signInAs(context, { email, role: "SECRETARIAT", secondFactor: false });

  await page.goto("/fr/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Configurer un second facteur");
  await page.getByRole("button", { name: "Configurer une application d’authentification" }).click();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expectAccessible(page);
  await page.getByLabel("Code à six chiffres de votre application").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Confirmer le code" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const codes = await page.getByTestId("recovery-codes").getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "Je les ai enregistrés\u00a0: continuer" }).click();
  await expect(page).toHaveURL(/\/fr\/admin$/);
  await expect(page.getByRole("navigation", { name: /./ }).first()).toBeVisible();

  await newUnverifiedSession(page, context, email);
  await page.goto("/en/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it is you");
  await page.getByLabel("Six-digit code from your app").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code is not right, or it was already used.").first()).toBeVisible();
  await expect(page.getByLabel("Six-digit code from your app")).toHaveValue("000000");
  await expect(page.getByLabel("Six-digit code from your app")).toHaveAttribute("aria-invalid", "true");

  await page.getByText("Lost your passkey or app? Use a recovery code").click();
  await page.getByLabel("Recovery code").fill(codes[0]!);
  await page.getByRole("button", { name: "Use the recovery code" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/audit$/);
  await expect(adminNav(page)).toBeVisible();
  await expect(page.getByRole("cell", { name: "second_factor.recovery_code_used" }).first()).toBeVisible();

  // the same recovery code does not open another session
  await newUnverifiedSession(page, context, email);
  await page.goto("/en/admin");
  await page.getByText("Lost your passkey or app? Use a recovery code").click();
  await page.getByLabel("Recovery code").fill(codes[0]!);
  await page.getByRole("button", { name: "Use the recovery code" }).click();
  await expect(page.getByText("That code is not right, or it was already used.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/en\/admin\/second-factor/);
});

test("a session without the second factor gets no admin page, and its admin action and route requests are refused (403)", async ({ page, context }) => {
  await signInAs(context, { role: "SECRETARIAT" });
  await page.goto("/en/admin/staff");
  await expect(adminNav(page)).toBeVisible();

  // the session loses its verification while the form is open (as a new, unverified session would be)
  const token = (await context.cookies()).find((c) => c.name === "authjs.session-token")!.value;
  const db = await e2eDb();
  await db.session.update({ where: { sessionToken: token }, data: { secondFactorAt: null } });

  const invited = uniqueEmail("never-invited");
  await page.getByLabel("E-mail address").fill(invited);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/en/admin/staff")),
    page.getByRole("button", { name: "Send the invitation" }).click(),
  ]);
  expect(response.status()).toBe(403);
  expect(await db.user.findUnique({ where: { email: invited } })).toBeNull();

  const exported = await page.request.get("/en/admin/exports/invitations?format=csv");
  expect(exported.status()).toBe(403);
  const confirmations = await page.request.get("/en/admin/confirmations/export");
  expect(confirmations.status()).toBe(403);

  const refused = await page.goto("/en/admin/staff");
  expect(refused?.status()).toBe(200);
  await expect(page).toHaveURL(/\/en\/admin\/second-factor\?callbackUrl=%2Fen%2Fadmin%2Fstaff$/);
  await expect(adminNav(page)).toHaveCount(0);
});

test("a verified member manages their factors on the same page, with the admin menu", async ({ page, context }) => {
  await signInAs(context, { role: "SECRETARIAT" });
  await page.goto("/en/admin/second-factor");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your second factor");
  await expect(adminNav(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add a passkey" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Verify again" })).toBeVisible();
});
