// Hardening at the edges: redirect targets stay on the portal, and an oversized or cross-site post
// gets 413 or 403 with a page or sentence in the user's language instead of Next's bare 500.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import en from "../../lib/i18n/messages/consultation.en.json" with { type: "json" };
import coreEn from "../../lib/i18n/messages/core.en.json" with { type: "json" };
import coreFr from "../../lib/i18n/messages/core.fr.json" with { type: "json" };
import { MAX_REQUEST_BYTES } from "../../lib/security/request-limits";
import { expect, signInAs, test, uniqueEmail } from "./support";

const origin = `http://localhost:${process.env.E2E_PORT}`;

/** The id of a real server action of the build under test (what a form would post). */
function actionId(name: string): string {
  const manifest = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json");
  const entries = JSON.parse(fs.readFileSync(manifest, "utf8")).node as Record<string, { exportedName?: string }>;
  const id = Object.entries(entries).find(([, v]) => v.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${name} in ${manifest}`);
  return id;
}

const sevenMegabytes = Buffer.alloc(7 * 1024 * 1024, "a");

test("saving the profile with a returnTo that points to another host stays on the portal", async ({ page, context }) => {
  await signInAs(context, { email: uniqueEmail("redirect") });
  const t = en.Profile;

  await page.goto("/en/profile?returnTo=%2F%09%2Fevil.example");
  await page.getByLabel(t.name).fill("Ada Redirect");
  await page.getByLabel(t.stakeholderType).selectOption("CIVIL_SOCIETY");
  await page.getByLabel(t.country).selectOption("KE");
  await page.getByLabel(t.preferredLanguage).selectOption("en");
  const createNew = page.getByLabel(t.createNew);
  if (await createNew.count()) await createNew.check();
  await page.getByLabel(t.newOrganisation).fill(`Redirect Test Org ${Date.now()}`);
  await page.getByRole("button", { name: t.save }).click();
  const similar = page.getByLabel(t.confirmNew);
  if (await similar.isVisible({ timeout: 3000 }).catch(() => false)) {
    await similar.check();
    await page.getByRole("button", { name: t.save }).click();
  }

  await page.waitForURL((url) => url.pathname === "/en/consultation");
  expect(new URL(page.url()).origin).toBe(origin);
});

test.describe("oversized and cross-site posts", () => {
  test("a 7 MB file posted without JavaScript gets a 413 page in the form's language", async ({ request }) => {
    const res = await request.post("/fr/sign-in", {
      headers: { origin, accept: "text/html" },
      multipart: {
        [`$ACTION_ID_${actionId("signInAction")}`]: "",
        email: "a@example.org",
        file: { name: "big.pdf", mimeType: "application/pdf", buffer: sevenMegabytes },
      },
    });

    expect(res.status()).toBe(413);
    const html = await res.text();
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain(coreFr.RequestRefused.tooLargeTitle);
    expect(html).toContain('href="/fr/sign-in"');
  });

  test("a server action called from script with a body over the limit gets 413 text", async ({ request }) => {
    const res = await request.post("/en/sign-in", {
      headers: { origin, "next-action": actionId("signInAction"), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      data: "a".repeat(MAX_REQUEST_BYTES + 1),
    });

    expect(res.status()).toBe(413);
    expect(res.headers()["content-type"]).toBe("text/plain");
    expect(await res.text()).toContain(coreEn.RequestRefused.tooLargeTitle);
  });

  test("a form posted from another site gets 403, with and without JavaScript", async ({ request }) => {
    const id = actionId("signInAction");
    const noScript = await request.post("/en/sign-in", {
      headers: { origin: "https://evil.example", accept: "text/html" },
      multipart: { [`$ACTION_ID_${id}`]: "", email: "a@example.org" },
    });
    const script = await request.post("/en/sign-in", {
      headers: { origin: "https://evil.example", "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      data: '["$K1"]',
    });

    expect(noScript.status()).toBe(403);
    expect(await noScript.text()).toContain(coreEn.RequestRefused.foreignTitle);
    expect(script.status()).toBe(403);
    expect(await script.text()).toContain(coreEn.RequestRefused.foreignTitle);
  });

  test("next-auth's POST route refuses the same way", async ({ request }) => {
    const foreign = await request.post("/api/auth/signin/nodemailer", { headers: { origin: "https://evil.example" }, form: { email: "a@example.org" } });
    // the refusal is decided from the headers: declare 7 MB and send none of it, so the answer can be
    // read whatever the server does with a body it will not read (a real 7 MB upload there ends
    // with the server closing the connection once it has answered, which the client sees as EPIPE)
    const large = await new Promise<number>((resolve, reject) => {
      const req = http.request(`http://localhost:${process.env.E2E_PORT}/api/auth/signin/nodemailer`, {
        method: "POST",
        headers: { origin, "content-type": "multipart/form-data; boundary=x", "content-length": String(sevenMegabytes.length) },
      });
      req.on("response", (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on("error", reject);
      req.flushHeaders();
    });

    expect(foreign.status()).toBe(403);
    expect(large).toBe(413);
  });

  test("a same-site form of ordinary size still goes through", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByLabel(coreEn.SignIn.email).fill(uniqueEmail("ordinary"));
    await page.getByRole("button", { name: coreEn.SignIn.submit }).click();

    await page.waitForURL(/\/en\/sign-in\/check-email$/);
  });
});
