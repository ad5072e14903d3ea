import type { APIRequestContext, Page } from "@playwright/test";
import { clickOnceHydrated, e2eDb, expect, expectAccessible, linksIn, mailCount, signInAs, signInLinkIn, test, uniqueEmail, waitForMail } from "./support";

test.describe("public skeleton", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`home page in ${locale} shows the current edition with its key dates`, async ({ page }) => {
      await page.goto(`/${locale}`);

      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("2027");
      await expect(page.getByRole("heading", { level: 2, name: locale === "ar" ? "المواعيد الرئيسية" : "Key dates" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: locale === "ar" ? "اللغة" : "Language" })).toBeVisible();
    });
  }

  test("/ negotiates the language from Accept-Language and remembers the choice", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ru-RU" });
    const page = await context.newPage();

    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);

    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await context.close();
  });

  test("the language switcher keeps the current page and mirrors Arabic", async ({ page }) => {
    await page.goto("/en/sign-in");

    await page.getByRole("link", { name: "العربية" }).click();

    await expect(page).toHaveURL(/\/ar\/sign-in$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("تسجيل الدخول");
    // the new page's title comes with the client-side navigation, after its heading: wait for it
    // (axe checks the page the test ends on, and a page without a title fails it)
    await expect(page).toHaveTitle(/\S/);
  });

  test("a missing page and an unknown language answer 404 with a translated page", async ({ page }) => {
    const missing = await page.goto("/fr/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");

    // no such language: the path is taken as a page in the visitor's (remembered) language
    const unknown = await page.goto("/xx/forums");
    expect(unknown?.status()).toBe(404);
    await expect(page).toHaveURL(/\/fr\/xx\/forums$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });
});

test("the accessibility check catches what it is there for", async ({ page }) => {
  await page.goto("/en/documents");
  // an image without a text alternative and pale grey text on white: both serious for axe
  await page.locator("main").evaluate((main) => {
    main.insertAdjacentHTML("beforeend", '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#ddd;background:#fff">faint</p>');
  });
  await expect(expectAccessible(page)).rejects.toThrow(
    /image-alt \(critical\)[\s\S]*color-contrast \(serious\)|color-contrast \(serious\)[\s\S]*image-alt \(critical\)/,
  );
  await page.goto("/en/documents"); // ends on the page as served, which passes
});

test.describe("sign-in", () => {
  /** The form on /en/sign-in, as a person fills it. */
  async function askForLink(page: Page, email: string) {
    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  }
  /** Auth.js's own endpoint, as a script calls it (its CSRF token first). */
  async function askThroughApi(request: APIRequestContext, email: string, headers: Record<string, string> = {}) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
    return request.post("/api/auth/signin/nodemailer", { form: { email, csrfToken, callbackUrl: "/en" }, maxRedirects: 0, headers });
  }
  const used = new Set<string>();
  /** A client address of its own (X-Forwarded-For, as Next.js reads it without a proxy): limits are per client. */
  function uniqueClient(): string {
    for (;;) {
      const address = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
      if (!used.has(address)) return (used.add(address), address);
    }
  }
  const sessionsOf = async (email: string) => (await e2eDb()).session.count({ where: { user: { email } } });

  test("three scanner GETs of every link in the mail change nothing; the button's POST signs in, once", async ({ page, browser, playwright }) => {
    const email = uniqueEmail("magic");
    await askForLink(page, email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
    const mail = await waitForMail(email, /sign-in link/);
    const link = signInLinkIn(mail)!;
    expect(linksIn(mail)).toEqual([link]);
    const params = new URL(link).searchParams;
    // the link Auth.js itself would have mailed: a GET of it spends nothing either
    const legacy = `/api/auth/callback/nodemailer?${new URLSearchParams({ token: params.get("token")!, email })}`;

    for (let round = 0; round < 3; round++) {
      for (const url of [...linksIn(mail), legacy]) {
        const scanner = await playwright.request.newContext({ baseURL: `http://localhost:${process.env.E2E_PORT}` });
        const response = await scanner.get(url);
        expect(response.status()).toBe(200);
        expect(response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && /session-token/.test(h.value))).toEqual([]);
        expect((await scanner.storageState()).cookies.filter((c) => /session-token/.test(c.name))).toEqual([]);
        await scanner.dispose();
      }
    }
    expect(await sessionsOf(email)).toBe(0);
    expect(await (await e2eDb()).verificationToken.count({ where: { identifier: email } })).toBe(1);

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the WSIS Forum portal");
    await page.getByRole("button", { name: `Sign in as ${email}` }).click();

    await expect(page.getByText(`Signed in as ${email}`, { exact: true })).toBeVisible();
    // a new user who asked for no page is sent to complete the profile (issue #12 item 17)
    await expect(page).toHaveURL(/\/en\/profile\?complete=1$/);
    expect(await sessionsOf(email)).toBe(1);

    // signing out ends the session on the server, not only in the header
    await clickOnceHydrated(page.getByRole("button", { name: "Sign out" }));
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`)).toHaveCount(0);
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);

    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(link);
    await second.getByRole("button", { name: `Sign in as ${email}` }).click();
    await expect(second).toHaveURL(/\/en\/sign-in\/error\?error=Verification/);
    await expect(second.getByRole("main").getByRole("alert")).toContainText("already been used");
    expect(await sessionsOf(email)).toBe(0);
    await other.close();
  });

  test("the code from the mail signs in on the check-your-mail page; wrong codes are refused and what was typed is kept", async ({ page, browser }) => {
    const email = uniqueEmail("code");
    await askForLink(page, email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
    const mail = await waitForMail(email, /sign-in link/);
    const code = mail.text.match(/\b[A-Z0-9]{4}-[A-Z0-9]{4}\b/)![0];
    await expect(page.getByLabel("E-mail address")).toHaveValue(email);

    await page.getByLabel("Code from the mail").fill("AAAA-AAAA");
    await page.getByRole("button", { name: "Sign in with the code" }).click();
    await expect(page.locator("#code-sign-in-code-error").getByText("This code is wrong")).toBeVisible();
    await expect(page.getByLabel("Code from the mail")).toHaveValue("AAAA-AAAA");
    await expect(page.getByLabel("Code from the mail")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("E-mail address")).toHaveValue(email);
    await expectAccessible(page);

    await page.getByLabel("Code from the mail").fill(code.toLowerCase());
    await page.getByRole("button", { name: "Sign in with the code" }).click();

    await expect(page.getByText(`Signed in as ${email}`, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/en\/profile\?complete=1$/);
    expect(await sessionsOf(email)).toBe(1);
    // the link of the same mail is spent with its code
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(signInLinkIn(mail)!);
    await second.getByRole("button", { name: `Sign in as ${email}` }).click();
    await expect(second).toHaveURL(/sign-in\/error\?error=Verification/);
    expect(await sessionsOf(email)).toBe(1);
    await other.close();
  });

  test("five wrong codes kill the code", async ({ page }) => {
    const email = uniqueEmail("guess");
    await askForLink(page, email);
    const code = (await waitForMail(email, /sign-in link/)).text.match(/\b[A-Z0-9]{4}-[A-Z0-9]{4}\b/)![0];
    const attempts = async () => (await (await e2eDb()).signInCode.findUniqueOrThrow({ where: { identifier: email } })).attempts;
    for (const [i, wrong] of ["AAAA-AAAA", "CCCC-CCCC", "DDDD-DDDD", "EEEE-EEEE", "FFFF-FFFF"].entries()) {
      await page.getByLabel("Code from the mail").fill(wrong);
      await page.getByRole("button", { name: "Sign in with the code" }).click();
      await expect.poll(attempts).toBe(i + 1);
      await expect(page.getByRole("button", { name: "Sign in with the code" })).toBeEnabled();
      await expect(page.getByLabel("Code from the mail")).toHaveValue(wrong);
    }

    await page.getByLabel("Code from the mail").fill(code);
    await page.getByRole("button", { name: "Sign in with the code" }).click();
    await expect(page.locator("#code-sign-in-code-error").getByText("This code is wrong")).toBeVisible();
    await expect(page.getByLabel("Code from the mail")).toHaveValue(code);
    expect(await sessionsOf(email)).toBe(0);
  });

  test("the limit counts the form and Auth.js's endpoint together, and the secretariat sees the refusal", async ({ page, context, browser }) => {
    const email = uniqueEmail("limited");
    const client = uniqueClient();
    await context.setExtraHTTPHeaders({ "x-forwarded-for": client });

    for (let i = 0; i < 3; i++) {
      await askForLink(page, email);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
    }
    for (let i = 0; i < 2; i++) expect((await askThroughApi(page.request, email, { "x-forwarded-for": client })).status()).toBe(302);
    await expect.poll(() => mailCount(email)).toBe(5);

    await askForLink(page, email);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many attempts. Please wait a few minutes and try again.");
    await expect(page.getByLabel("E-mail address")).toHaveValue(email);
    const refused = await askThroughApi(page.request, email, { "x-forwarded-for": client });
    expect(refused.headers().location).toMatch(/\/sign-in\/error\?error=/);
    await page.waitForTimeout(500);
    expect(await mailCount(email)).toBe(5);
    const blocked = await (await e2eDb()).auditEntry.findMany({ where: { action: "sign_in.blocked", entityId: email } });
    expect(blocked.map((b) => b.data)).toEqual([{ client, reason: "address" }]);

    // the delegate's own browser (another client) still gets a link while the address is flooded
    const own = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClient() } });
    const delegate = await own.newPage();
    await askForLink(delegate, email);
    await expect(delegate.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
    await expect.poll(() => mailCount(email)).toBe(6);
    await own.close();
  });

  test("a list of addresses gets no mail, through the form or the endpoint", async ({ page }) => {
    const first = uniqueEmail("list-a");
    const second = uniqueEmail("list-b");
    await askForLink(page, `${first},${second}`);
    await expect(page.locator("#sign-in-email-error").getByText("Enter a valid e-mail address")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue(`${first},${second}`);

    for (const list of [`${first},${second}`, `${first.split("@")[0]},${second}`, `${first}, ${second}`]) {
      const response = await askThroughApi(page.request, list);
      expect(response.status()).toBeLessThan(500);
      expect(response.headers().location).toMatch(/\/sign-in\/error\?error=/);
    }
    await page.waitForTimeout(1000);
    expect(await mailCount(first)).toBe(0);
    expect(await mailCount(second)).toBe(0);
  });

  test("a link sent to one address does not sign in another", async ({ page, browser }) => {
    const email = uniqueEmail("owner");
    const intruder = uniqueEmail("intruder");
    await askForLink(page, email);
    const link = signInLinkIn(await waitForMail(email, /sign-in link/))!;

    const other = await browser.newContext();
    const forged = await other.newPage();
    await forged.goto(link.replace(encodeURIComponent(email), encodeURIComponent(intruder)));
    await forged.getByRole("button", { name: `Sign in as ${intruder}` }).click();

    await expect(forged).toHaveURL(/\/en\/sign-in\/error\?error=Verification/);
    await expect(forged.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await (await e2eDb()).user.count({ where: { email: intruder } })).toBe(0);
    await other.close();
  });

  test("a malformed or expired link gets a clear, translated page, never a 500", async ({ page }) => {
    const response = await page.goto("/api/auth/callback/nodemailer?token=forged&email=nobody%40example.org");
    expect(response?.status()).toBeLessThan(500);
    await expect(page).toHaveURL(/sign-in\/confirm\?/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("already been used");

    const db = await e2eDb();
    const email = uniqueEmail("expired");
    await db.verificationToken.create({ data: { identifier: email, token: "a".repeat(64), expires: new Date(Date.now() - 1000) } });
    await page.goto(`/ar/sign-in`);
    const expired = await page.goto(`/api/auth/callback/nodemailer?token=${"a".repeat(64)}&email=${encodeURIComponent(email)}`);
    expect(expired?.status()).toBeLessThan(500);
    await page.getByRole("main").getByRole("button").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("لا يمكن استخدام رابط تسجيل الدخول هذا");
    // and Auth.js's callback is not open to a POST from outside
    expect((await page.request.post(`/api/auth/callback/nodemailer?token=${"a".repeat(64)}&email=${encodeURIComponent(email)}`)).status()).toBe(403);
  });

  test("a bad e-mail address is refused next to the field and what was typed is kept", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail address").fill("not-an-address");
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();

    await expect(page.locator("#sign-in-email-error").getByText("Enter a valid e-mail address")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue("not-an-address");
    await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
  });

  test("the session endpoint tells page scripts only what the menu shows", async ({ page, context }) => {
    const user = await signInAs(context, { role: "DELEGATE", name: "Ada Delegate" });
    const response = await page.request.get("/api/auth/session");
    const text = await response.text();
    const body = JSON.parse(text) as { user: Record<string, unknown>; expires: string };

    expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
    expect(body.user).toEqual({ email: user.email, role: "DELEGATE" });
    const session = await (await e2eDb()).session.findFirstOrThrow({ where: { userId: user.id } });
    expect(text).not.toContain(session.sessionToken);
    expect(text).not.toContain(user.id);
    await page.goto("/en");
    await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  });
});

test.describe("secretariat area", () => {
  test("a stakeholder is refused (403) and the secretariat is let in", async ({ page, context }) => {
    const unauthenticated = await page.request.get("/en/admin", { maxRedirects: 0 });
    expect(unauthenticated.status()).toBe(307);

    await signInAs(context, { role: "STAKEHOLDER" });
    const refused = await page.goto("/en/admin");
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");

    await context.clearCookies();
    await signInAs(context, { role: "SECRETARIAT" });
    const allowed = await page.goto("/ar/admin");
    expect(allowed?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("لوحة متابعة الأمانة");
  });
});
