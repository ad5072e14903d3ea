import { e2eDb, expect, expectAccessible, linksIn, signInAs, test, uniqueEmail, waitForMail } from "./support";

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
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt \(critical\)[\s\S]*color-contrast \(serious\)|color-contrast \(serious\)[\s\S]*image-alt \(critical\)/);
  await page.goto("/en/documents"); // ends on the page as served, which passes
});

test.describe("sign-in", () => {
  test("the magic link from the mail signs in the address it was sent to, once", async ({ page, browser }) => {
    const email = uniqueEmail("magic");
    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");

    const mail = await waitForMail(email, /sign-in link/);
    const link = linksIn(mail).find((l) => l.includes("/api/auth/callback/nodemailer"));
    expect(link).toBeTruthy();
    await page.goto(link!);

    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();

    // signing out ends the session on the server, not only in the header
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`)).toHaveCount(0);
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);

    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(link!);
    await expect(second).toHaveURL(/\/en\/sign-in\/error\?error=Verification/);
    await expect(second.getByRole("main").getByRole("alert")).toContainText("already been used");
    await other.close();
  });

  test("a link sent to one address does not sign in another", async ({ page, browser }) => {
    const email = uniqueEmail("owner");
    const intruder = uniqueEmail("intruder");
    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    const link = linksIn(await waitForMail(email, /sign-in link/)).find((l) => l.includes("/callback/"))!;

    const other = await browser.newContext();
    const forged = await other.newPage();
    await forged.goto(link.replace(encodeURIComponent(email), encodeURIComponent(intruder)));

    await expect(forged).toHaveURL(/sign-in\/error\?error=Verification/);
    await expect(forged.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await (await e2eDb()).user.count({ where: { email: intruder } })).toBe(0);
    await other.close();
  });

  test("a malformed or expired link gets a clear, translated page, never a 500", async ({ page }) => {
    const response = await page.goto("/api/auth/callback/nodemailer?token=forged&email=nobody%40example.org");
    expect(response?.status()).toBeLessThan(500);
    await expect(page).toHaveURL(/sign-in\/error\?error=Verification/);

    const db = await e2eDb();
    const email = uniqueEmail("expired");
    await db.verificationToken.create({ data: { identifier: email, token: "x".repeat(64), expires: new Date(Date.now() - 1000) } });
    await page.goto(`/ar/sign-in`);
    const expired = await page.goto(`/api/auth/callback/nodemailer?token=${"x".repeat(64)}&email=${encodeURIComponent(email)}`);
    expect(expired?.status()).toBeLessThan(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("لا يمكن استخدام رابط تسجيل الدخول هذا");
  });

  test("a bad e-mail address is refused next to the field and what was typed is kept", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail address").fill("not-an-address");
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();

    await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue("not-an-address");
    await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
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
