// The header knows the visitor from the first paint where the page is rendered per request, and
// never flashes "Sign in" on a cached page; Arabic pages keep symbols, references and time zones
// next to their labels; Chinese pages bring their own font. In English and Arabic where it is
// about the page.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import { createTranslator } from "next-intl";
import type coreEn from "../../lib/i18n/messages/core.en.json";
import type invitationsEn from "../../lib/i18n/messages/invitations.en.json";
import { e2eDb, expect, signInAs, test, uniqueEmail } from "./support";

type Messages = typeof coreEn & typeof invitationsEn;
const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../lib/i18n/messages", file), "utf8"));
const translator = (locale: "en" | "ar") =>
  createTranslator<Messages>({ locale, messages: { ...read(`core.${locale}.json`), ...read(`invitations.${locale}.json`) } });

/** The <header> of a page's HTML as the server sent it. */
const headerOf = (html: string) => html.match(/<header[\s\S]*?<\/header>/)?.[0] ?? "";

async function withoutJavaScript(browser: Browser, arrange: (context: BrowserContext) => Promise<unknown>) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await arrange(context);
  return context;
}

for (const locale of ["en", "ar"] as const) {
  const t = translator(locale);

  test.describe(`the header in ${locale}`, () => {
    test("an admin page and an account page show the signed-in menu in the HTML as served, and without JavaScript", async ({ page, browser }) => {
      const admin = await signInAs(page.context(), { role: "SECRETARIAT" });
      const adminHtml = await (await page.context().request.get(`/${locale}/admin`)).text();
      const adminHeader = headerOf(adminHtml);
      expect(adminHeader).toContain('data-user-menu="user"');
      expect(adminHeader).toContain(t("Nav.signedInAs", { email: admin.email }));
      expect(adminHeader).toContain(t("Nav.admin"));
      // no sign-in link (its words may be part of "signed in as": Arabic «تسجيل الدخول»)
      expect(adminHeader).not.toContain('data-user-menu="anonymous"');
      expect(adminHeader).not.toMatch(/href="\/[a-z]{2}\/sign-in"/);
      expect(adminHeader).not.toContain('data-user-menu="pending"');

      const delegate = uniqueEmail("header");
      const noJs = await withoutJavaScript(browser, (context) => signInAs(context, { email: delegate }));
      const plain = await noJs.newPage();
      await plain.goto(`/${locale}/account`);
      const header = plain.getByRole("banner");
      await expect(header.getByText(t("Nav.signedInAs", { email: delegate }))).toBeVisible();
      await expect(header.getByRole("link", { name: t("Nav.account") })).toBeVisible();
      await expect(header.getByRole("link", { name: t("Nav.signIn") })).toHaveCount(0);
      // "Sign out" works without JavaScript too (a form to a server action that ends the session)
      await header.getByRole("button", { name: t("Nav.signOut") }).click();
      await expect(plain).toHaveURL(new RegExp(`/${locale}$`));
      expect(await (await e2eDb()).session.count({ where: { user: { email: delegate } } })).toBe(0);
      await plain.goto(`/${locale}/account`);
      await expect(plain).toHaveURL(new RegExp(`/${locale}/sign-in\\?callbackUrl=`));
      await noJs.close();

      // and with JavaScript, the first paint is the same menu (nothing to wait for)
      await page.goto(`/${locale}/admin`);
      await expect(page.getByRole("banner").getByText(t("Nav.signedInAs", { email: admin.email }))).toBeVisible();
    });

    test("a cached page never shows 'Sign in' to a signed-in visitor: a placeholder until the browser knows", async ({ page, browser }) => {
      const user = await signInAs(page.context());
      const html = await (await page.context().request.get(`/${locale}/documents`)).text();
      const served = headerOf(html);
      expect(served).toContain('data-user-menu="pending"');
      expect(served).not.toContain('data-user-menu="anonymous"');
      expect(served).not.toMatch(/href="\/[a-z]{2}\/sign-in"/);
      expect(served).not.toContain(user.email);

      // whatever the browser paints on the way, the sign-in link never appears
      await page.addInitScript(() => {
        const w = window as unknown as { signInSeen: boolean };
        w.signInSeen = false;
        new MutationObserver(() => {
          if (document.querySelector('[data-user-menu="anonymous"]')) w.signInSeen = true;
        }).observe(document, { childList: true, subtree: true });
      });
      let release: () => void = () => {};
      const sessionRead = new Promise<void>((resolve) => (release = resolve));
      let sessionAsked = 0;
      await page.route("**/api/auth/session", async (route) => {
        sessionAsked++;
        await sessionRead;
        await route.continue();
      });
      await page.goto(`/${locale}/documents`);
      const banner = page.getByRole("banner");
      await expect(banner.locator('[data-user-menu="pending"]')).toBeVisible();
      await expect(banner.getByRole("link", { name: t("Nav.signIn") })).toHaveCount(0);
      release();
      await expect(banner.getByText(t("Nav.signedInAs", { email: user.email }))).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { signInSeen: boolean }).signInSeen)).toBe(false);
      // one request for the session per page load (the front cannot cache it: each is work for an
      // instance), none on the next page of the visit, and none on a page rendered per request
      await page.waitForLoadState("networkidle");
      expect(sessionAsked).toBe(1);
      await banner.getByRole("link", { name: t("Nav.contact") }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/contact$`));
      await expect(banner.getByText(t("Nav.signedInAs", { email: user.email }))).toBeVisible();
      await page.goto(`/${locale}/account`);
      await expect(banner.getByText(t("Nav.signedInAs", { email: user.email }))).toBeVisible();
      await page.waitForLoadState("networkidle");
      expect(sessionAsked).toBe(1);

      // without JavaScript: a plain link to the account page (which leads to sign-in if needed)
      const noJs = await withoutJavaScript(browser, async () => {});
      const plain = await noJs.newPage();
      await plain.goto(`/${locale}/documents`);
      await expect(plain.getByRole("banner").getByRole("link", { name: t("Nav.account") })).toHaveAttribute("href", `/${locale}/account`);
      await expect(plain.getByRole("banner").getByRole("link", { name: t("Nav.signIn") })).toHaveCount(0);
      await plain
        .getByRole("banner")
        .getByRole("link", { name: t("Nav.account") })
        .click();
      await expect(plain).toHaveURL(new RegExp(`/${locale}/sign-in\\?callbackUrl=`));
      await noJs.close();
    });

    test("the receipt keeps its reference, and the invitation its letter symbol, next to the label; the zone label reads in order", async ({ page }) => {
      const db = await e2eDb();
      const campaign = await db.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-DEMO/01" } });
      const invitation = await db.invitation.create({
        data: {
          campaignId: campaign.id,
          editionId: campaign.editionId,
          memberStateCode: locale === "ar" ? "JO" : "KE",
          addresseeName: "Test Addressee",
          addresseeTitle: "Minister",
          email: uniqueEmail(`bidi-${locale}`),
          language: locale,
          status: "CONFIRMED",
          sentAt: new Date(),
          confirmation: {
            create: {
              reference: `WSIS-E2E-BIDI-${crypto.randomBytes(3).toString("hex")}`,
              decision: "ATTENDING",
              state: "SUBMITTED",
              submittedAt: new Date(Date.UTC(2026, 0, 15, 11)),
              members: { create: [{ position: 0, isHead: true, name: "Head", title: "Minister", gender: "FEMALE" }] },
            },
          },
        },
        include: { confirmation: true },
      });
      await signInAs(page.context(), { email: invitation.email });

      /** How far a value's text sits from the start edge of its cell (the label's side). */
      const gapFromStart = async (valueSelector: string) =>
        page.locator(valueSelector).evaluate((value, rtl) => {
          const cell = value.closest("dd")!.getBoundingClientRect();
          const text = value.getBoundingClientRect();
          return rtl ? cell.right - text.right : text.left - cell.left;
        }, locale === "ar");

      await page.goto(`/${locale}/invitations/${invitation.id}/receipt`);
      await expect(page.getByTestId("reference")).toHaveText(invitation.confirmation!.reference);
      expect(await gapFromStart('[data-testid="reference"]')).toBeLessThan(2);
      // 15 January 2026, 12:00 in Geneva: the zone label, isolated in Arabic so ")" stays at its end
      const submitted = page.locator("dt", { hasText: t("Receipt.submittedAt") }).locator("xpath=following-sibling::dd[1]");
      await expect(submitted).toContainText(locale === "ar" ? "\u2066CET (UTC+01:00)\u2069" : "12:00 CET (UTC+01:00)");

      await page.goto(`/${locale}/invitations/${invitation.id}`);
      await expect(page.getByTestId("letter-symbol")).toHaveText("CL-DEMO/01");
      expect(await gapFromStart('[data-testid="letter-symbol"]')).toBeLessThan(2);
    });
  });
}

test.describe("the Chinese web font", () => {
  /** Every response of a page load, with its size; fonts by URL. */
  async function load(page: import("@playwright/test").Page, url: string) {
    const responses: { url: string; bytes: number }[] = [];
    page.on("response", async (response) => {
      try {
        responses.push({ url: response.url(), bytes: (await response.body()).length });
      } catch {
        // redirects have no body
      }
    });
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForLoadState("networkidle");
    return responses;
  }

  test("a Chinese page downloads only the slices it shows; an English page nothing of it", async ({ page, browser }, info) => {
    const zh = await load(page, "/zh");
    const zhFont = zh.filter((r) => r.url.includes("/fonts/noto-sans-sc/"));
    expect(zhFont.filter((r) => r.url.endsWith(".css"))).toHaveLength(1);
    const slices = zhFont.filter((r) => r.url.endsWith(".woff2"));
    expect(slices.length).toBeGreaterThan(0);
    expect(slices.length).toBeLessThan(60); // of 100: only the ranges the page's characters fall in
    // the glyphs are drawn with the web font (this machine has no CJK system font)
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC Variable"', "信息社会世界峰会"))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes("Noto Sans SC Variable") && f.status === "loaded"))).toBe(true);
    await page.screenshot({ path: info.outputPath("zh-home.png") });

    const other = await browser.newContext();
    const en = await load(await other.newPage(), "/en");
    expect(en.filter((r) => r.url.includes("/fonts/noto-sans-sc/"))).toEqual([]);
    // nor the Arabic (163 KB) or Cyrillic font for the switcher's العربية and Русский, which are
    // drawn with the device's fonts on pages in other scripts
    const scriptFont = (list: { url: string }[], script: string) => list.filter((r) => r.url.includes(`noto_sans_${script}`) && r.url.endsWith(".woff2"));
    expect(scriptFont(en, "arabic")).toEqual([]);
    expect(scriptFont(en, "cyrillic")).toEqual([]);
    const ar = await load(await other.newPage(), "/ar");
    expect(scriptFont(ar, "arabic")).toHaveLength(1);
    expect(scriptFont(ar, "cyrillic")).toEqual([]);
    await other.close();

    const total = (list: { bytes: number }[]) => list.reduce((sum, r) => sum + r.bytes, 0);
    const summary = {
      zhTotal: total(zh),
      zhFontCss: total(zhFont.filter((r) => r.url.endsWith(".css"))),
      zhSlices: slices.length,
      zhSliceBytes: total(slices),
      enTotal: total(en),
    };
    console.log(`page weight: ${JSON.stringify(summary)}`);
    info.annotations.push({ type: "page weight", description: JSON.stringify(summary) });
  });
});

test("a public page's scripts carry neither zod nor a session library: neither runs there", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push(await response.text().catch(() => ""));
  });
  await page.goto("/en");
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(3);
  // zod is loaded (jitless, lib/security/zod-browser.ts) with the forms that use it, not by every page
  expect(scripts.filter((s) => s.includes("_zod"))).toEqual([]);
  // the header reads the session itself (components/layout/use-visitor.ts), not through next-auth/react
  // (its channel between tabs, BroadcastChannel("next-auth"), is the one string minifying keeps)
  expect(scripts.filter((s) => s.includes('"next-auth"'))).toEqual([]);
});
