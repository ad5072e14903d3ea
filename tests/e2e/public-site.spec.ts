// The public site in English and Arabic: every page, its content checked against the two letters
// (2017: the six phases and their dates; 2020: 6–9 April, High-Level Track 7–8 April, CL-19/59
// and its 15 January 2020 deadline), axe on every page (support.ts), 404s, .ics files, SEO.
import { e2eDb, expect, signInAs, test, uniqueEmail } from "./support";

const locales = ["en", "ar"] as const;
type L = (typeof locales)[number];
const text = <T>(locale: L, en: T, ar: T) => (locale === "en" ? en : ar);
// a time with its zone; in Arabic the zone label is isolated as left-to-right text (lib/time/format.ts)
const zoned = (locale: L, time: string, zone: string) => (locale === "ar" ? `${time} \u2066${zone}\u2069` : `${time} ${zone}`);

for (const locale of locales) {
  test.describe(`public site in ${locale}`, () => {
    test("home: the current (demonstration) edition, what is open now, key dates, archive", async ({ page }) => {
      await page.goto(`/${locale}`);

      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("2027");
      await expect(page.getByRole("heading", { level: 2, name: text(locale, "Open now", "متاح الآن") })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: text(locale, "Key dates", "المواعيد الرئيسية") })).toBeVisible();
      // the demo consultation opened 30 days before seeding: phase I is under way, contributions are open
      await expect(page.getByRole("link", { name: text(locale, "Submit a contribution", "تقديم مساهمة") })).toHaveAttribute(
        "href",
        `/${locale}/consultation/2027/contributions/new`,
      );
      const archive = page.getByRole("region", { name: text(locale, "Other editions", "دورات أخرى") });
      await expect(archive.getByRole("link", { name: text(locale, "WSIS Forum 2020", "منتدى القمة العالمية لمجتمع المعلومات لعام 2020") })).toBeVisible();
      await expect(archive.getByRole("link", { name: text(locale, "WSIS Forum 2017", "منتدى القمة العالمية لمجتمع المعلومات لعام 2017") })).toBeVisible();
    });

    test("the header's sections lead to the current edition's pages", async ({ page }) => {
      await page.goto(`/${locale}`);
      const nav = page.getByRole("navigation", { name: text(locale, "Main", "الرئيسية") });

      await expect(nav.getByRole("link", { name: text(locale, "Agenda", "جدول الأعمال") })).toHaveAttribute("href", `/${locale}/forums/2027/agenda`);
      await nav.getByRole("link", { name: text(locale, "Open consultation", "المشاورة المفتوحة") }).click();

      await expect(page).toHaveURL(new RegExp(`/${locale}/forums/2027/consultation$`));
      await expect(page.getByText(text(locale, "Open now", "مفتوحة الآن")).first()).toBeVisible();
    });

    test("archive of editions", async ({ page }) => {
      await page.goto(`/${locale}/forums`);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        text(locale, "Editions of the WSIS Forum", "دورات منتدى القمة العالمية لمجتمع المعلومات"),
      );
      for (const year of ["2027", "2020", "2017"]) await expect(page.getByRole("link", { name: new RegExp(year) }).first()).toBeVisible();
    });

    test("WSIS Forum 2020: 6–9 April 2020 in Geneva, High-Level Track 7–8 April, co-organisers, the CL-19/59 deadline", async ({ page }) => {
      await page.goto(`/${locale}/forums/2020`);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "WSIS Forum 2020", "منتدى القمة العالمية لمجتمع المعلومات لعام 2020"));
      const facts = page.locator("dl").first();
      await expect(facts).toContainText(text(locale, /6\s*–\s*9 April 2020/, /6\s*–\s*9 أبريل 2020/));
      await expect(facts).toContainText(text(locale, /7\s*–\s*8 April 2020/, /7\s*–\s*8 أبريل 2020/));
      // the co-organisers as a list of the page's language (its own separators and conjunction)
      await expect(facts).toContainText(text(locale, "ITU, UNESCO, UNCTAD and UNDP", "ITU وUNESCO وUNCTAD وUNDP"));
      await expect(facts).toContainText(text(locale, "Geneva, Switzerland", "جنيف، سويسرا"));
      await expect(page.getByRole("region", { name: text(locale, "Key dates", "المواعيد الرئيسية") })).toContainText(
        text(locale, "15 January 2020", "15 يناير 2020"),
      );
      await expect(
        page.getByText(text(locale, "Nothing is open for submissions or registration at the moment.", "لا يوجد حالياً باب مفتوح لتقديم المساهمات أو للتسجيل.")),
      ).toBeVisible();
    });

    test("2017 open consultation: exactly the six phases of the letter, their dates, all done, the indicative-date notice", async ({ page }) => {
      await page.goto(`/${locale}/forums/2017/consultation`);

      const phases = page.getByRole("region", { name: text(locale, "The 6 phases", "المراحل الـ 6") }).locator("ol > li");
      await expect(phases).toHaveCount(6);
      const dates = text(
        locale,
        ["1 September 2016", "12 October 2016", "14 February 2017", "20 February 2017", "14 March 2017", "10 May 2017"],
        ["1 سبتمبر 2016", "12 أكتوبر 2016", "14 فبراير 2017", "20 فبراير 2017", "14 مارس 2017", "10 مايو 2017"],
      );
      const numerals = ["I", "II", "III", "IV", "V", "VI"];
      for (const [i, date] of dates.entries()) {
        await expect(phases.nth(i).getByRole("heading", { level: 3 })).toContainText(text(locale, `Phase ${numerals[i]}`, `المرحلة ${numerals[i]}`));
        await expect(phases.nth(i).locator("time").first()).toHaveText(date);
        await expect(phases.nth(i)).toContainText(text(locale, "Done", "منتهية"));
      }
      await expect(phases.nth(1)).toContainText(zoned(locale, "16:30–18:00", "CEST (UTC+02:00)"));
      await expect(phases.nth(3)).toContainText(
        text(locale, "Deadline for binding requests for workshops", "الموعد النهائي لتقديم الطلبات المُلزِمة لتنظيم حلقات العمل"),
      );
      await expect(page.getByRole("note")).toContainText(text(locale, "indicative and may change", "إرشادية وقابلة للتغيير"));
      await expect(page.getByRole("table")).toContainText(
        text(locale, "until the end of 20 February 2017 (Geneva time)", "حتى نهاية يوم 20 فبراير 2017 (بتوقيت جنيف)"),
      );
    });

    test("a phase page: the first physical meeting, 12 October 2016, 16:30–18:00 at ITU headquarters, with remote participation", async ({ page }) => {
      await page.goto(`/${locale}/forums/2017/consultation/phases/2`);

      await expect(page.getByRole("heading", { level: 1 })).toContainText(
        text(locale, "Phase II: First physical meeting", "المرحلة II: الاجتماع الفعلي الأول"),
      );
      await expect(page.getByText(zoned(locale, "16:30–18:00", "CEST (UTC+02:00)"))).toBeVisible();
      await expect(page.locator("main")).toContainText(
        text(locale, "ITU headquarters, Place des Nations, Geneva", "مقر الاتحاد الدولي للاتصالات، Place des Nations، جنيف"),
      );
      await expect(page.locator("main")).toContainText(text(locale, "Available: registered remote participants", "متاحة: يتلقى المسجلون"));
      await expect(page.getByRole("navigation", { name: text(locale, "Other phases", "المراحل الأخرى") }).getByRole("link")).toHaveCount(2);
    });

    test("the demonstration consultation shows a live status and what can be done in the open phase", async ({ page }) => {
      await page.goto(`/${locale}/forums/2027/consultation/phases/1`);

      await expect(page.getByText(text(locale, "Open now", "مفتوحة الآن")).first()).toBeVisible();
      await expect(page.getByText(text(locale, "What you can do now", "ما يمكنك فعله الآن"))).toBeVisible();
      await expect(page.getByRole("link", { name: text(locale, "Request a workshop", "طلب تنظيم حلقة عمل") })).toHaveAttribute(
        "href",
        `/${locale}/consultation/2027/workshops/new`,
      );
      await expect(page.getByRole("link", { name: text(locale, "Nominate a facilitator", "ترشيح ميسِّر") })).toHaveAttribute(
        "href",
        `/${locale}/consultation/2027/nominations/new`,
      );
    });

    test("2020 High-Level Track: 7–8 April, components, CL-19/59 by 15 January 2020, rules, programme, access to the form", async ({ page }) => {
      await page.goto(`/${locale}/forums/2020/high-level-track`);

      const main = page.locator("main");
      await expect(main).toContainText(text(locale, /7\s*–\s*8 April 2020/, /7\s*–\s*8 أبريل 2020/));
      await expect(main).toContainText(
        text(
          locale,
          "Circular letter CL-19/59 of 6 December 2019: confirm participation by the end of 15 January 2020 (Geneva time).",
          "الرسالة المعممة CL-19/59 المؤرخة 6 ديسمبر 2019: تأكيد المشاركة في موعد أقصاه نهاية يوم 15 يناير 2020 (بتوقيت جنيف).",
        ),
      );
      for (const c of text(
        locale,
        ["Opening", "Policy statements", "Interactive policy dialogue", "WSIS Prizes ceremony", "High-level networking"],
        ["الافتتاح", "البيانات السياساتية", "حوار تفاعلي بشأن السياسات", "حفل توزيع جوائز القمة", "لقاءات التواصل الرفيعة المستوى"],
      )) {
        await expect(page.getByRole("region", { name: text(locale, "What the High-Level Track is", "ما هو المسار الرفيع المستوى") })).toContainText(c);
      }
      await expect(main).toContainText(text(locale, "One speaker per Member State.", "متحدث واحد لكل دولة عضو."));
      await expect(main).toContainText(text(locale, "no more than 3 minutes", "لا تتجاوز مدة البيان 3 دقائق"));
      await expect(page.getByRole("link", { name: text(locale, "Go to the policy-statements page", "الانتقال إلى صفحة البيانات السياساتية") })).toHaveAttribute(
        "href",
        `/${locale}/policy-statements`,
      );
      const programme = page.getByRole("region", { name: text(locale, "Programme of the High-Level Track", "برنامج المسار الرفيع المستوى") });
      await expect(programme.getByRole("listitem")).toHaveCount(9);
      await expect(programme.getByRole("listitem").first()).toContainText(zoned(locale, "09:00–10:30", "CEST (UTC+02:00)"));
      await expect(
        page.getByText(text(locale, "No policy statements have been published yet.", "لم تُنشر أي بيانات سياساتية بعد."), { exact: false }),
      ).toBeVisible();
    });

    test("2020 agenda: the High-Level Track by day in Geneva time, with its .ics links", async ({ page }) => {
      await page.goto(`/${locale}/forums/2020/agenda`);

      await expect(page.getByRole("heading", { level: 2, name: text(locale, "7 April 2020", "7 أبريل 2020") })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: text(locale, "8 April 2020", "8 أبريل 2020") })).toBeVisible();
      await expect(page.locator("article article")).toHaveCount(9);
      const opening = page.locator("article article").first();
      await expect(opening.getByRole("heading", { level: 3 })).toHaveText(
        text(locale, "Opening of the High-Level Track of WSIS Forum 2020", "افتتاح المسار الرفيع المستوى لمنتدى القمة لعام 2020"),
      );
      await expect(opening).toContainText(zoned(locale, "09:00–10:30", "CEST (UTC+02:00)"));
      await expect(opening).toContainText(text(locale, "CICG, Room 1", "المركز الدولي للمؤتمرات بجنيف، القاعة 1"));
      await expect(opening).toContainText("Houlin Zhao");
      await expect(
        page.getByRole("link", { name: text(locale, "Add the whole agenda to your calendar (.ics)", "إضافة جدول الأعمال كاملاً إلى تقويمك (‎.ics)") }),
      ).toHaveAttribute("href", `/${locale}/forums/2020/agenda.ics`);
    });

    test("a session page, and its .ics with Geneva's time zone", async ({ page }) => {
      await page.goto(`/${locale}/forums/2020/agenda/hlt-opening`);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        text(locale, "Opening of the High-Level Track of WSIS Forum 2020", "افتتاح المسار الرفيع المستوى لمنتدى القمة لعام 2020"),
      );
      await expect(page.locator("main")).toContainText(zoned(locale, "09:00–10:30", "CEST (UTC+02:00)"));
      await expect(page.getByRole("region", { name: text(locale, "Speakers", "المتحدثون") })).toContainText("Audrey Azoulay");
      const href = await page
        .getByRole("link", { name: text(locale, "Add this session to your calendar (.ics)", "إضافة هذه الجلسة إلى تقويمك (‎.ics)") })
        .getAttribute("href");

      const ics = await page.request.get(href!);
      expect(ics.status()).toBe(200);
      expect(ics.headers()["content-type"]).toContain("text/calendar");
      const body = await ics.text();
      expect(body).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n");
      expect(body).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
      expect(body).toContain("DTSTART;TZID=Europe/Zurich:20200407T090000");
      expect(body).toContain("DTEND;TZID=Europe/Zurich:20200407T103000");
      expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    });

    test("documents: CL-19/59 and the 2016 letter, each with its page and language versions", async ({ page }) => {
      await page.goto(`/${locale}/documents`);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "Documents", "الوثائق"));
      const cl = page.getByRole("listitem").filter({ hasText: "CL-19/59" }).first();
      await expect(cl).toContainText(text(locale, "6 December 2019", "6 ديسمبر 2019"));
      await expect(cl).toContainText(
        text(locale, "Heads of regulatory bodies of ITU Member States", "رؤساء هيئات التنظيم في الدول الأعضاء في الاتحاد الدولي للاتصالات"),
      );
      await expect(page.getByRole("listitem").filter({ hasText: "WSIS-FORUM-2017" }).first()).toContainText(text(locale, "27 July 2016", "27 يوليو 2016"));

      await page.goto(`/${locale}/documents/cl-19-59`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(
        text(
          locale,
          "Invitation to participate in the World Summit on the Information Society (WSIS) Forum 2020",
          "دعوة إلى المشاركة في منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2020",
        ),
      );
      await expect(page.locator(`[lang="${locale}"].whitespace-pre-line`)).toContainText(text(locale, "by 15 January 2020", "15 يناير 2020"));

      await page.goto(`/${locale}/documents/cl-19-59/ar`);
      await expect(page.locator('[lang="ar"][dir="rtl"].whitespace-pre-line')).toContainText("7-8 أبريل 2020");
      await expect(page.getByText(text(locale, "This is the original version of the document.", "هذه هي الصيغة الأصلية للوثيقة."))).toBeVisible();
    });

    test("partnership and contact pages", async ({ page }) => {
      await page.goto(`/${locale}/partnership`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "Partnership opportunities", "فرص الشراكة"));
      await expect(page.getByRole("link", { name: "wsis-info@itu.int" })).toHaveAttribute("href", "mailto:wsis-info@itu.int");

      await page.goto(`/${locale}/contact`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "Contact", "اتصل بنا"));
      await expect(page.locator("main")).toContainText("Ms Gitanjali Sah");
      await expect(page.locator("main")).toContainText("+41 22 730 5614");
      await expect(page.locator("main")).toContainText("Mr Jaroslaw Ponder");
    });

    test("unknown edition, phase, session or document: a translated 404", async ({ page }) => {
      const title = text(locale, "Page not found", "الصفحة غير موجودة");
      // one in the browser (axe on the 404 page), the others as plain requests: the same template.
      // (Next renders a notFound() page in the browser from the payload it sends, so the title is
      // looked for in the response as a whole, not in server-rendered markup: vercel/next.js#62228.)
      const first = await page.goto(`/${locale}/forums/1999`);
      expect(first?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      for (const path of [
        "/forums/abc",
        "/forums/2017/consultation/phases/9",
        "/forums/2020/agenda/no-such-session",
        "/documents/no-such-letter",
        "/documents/cl-19-59/fr",
      ]) {
        const response = await page.request.get(`/${locale}${path}`);
        expect(response.status(), path).toBe(404);
        expect(await response.text(), path).toContain(`children\\":\\"${title}\\"`);
      }
    });
  });
}

test.describe("agenda filters and calendar files", () => {
  test("filters work without JavaScript, through the query string", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/forums/2020/agenda");

    await page.getByLabel("Day").selectOption("2020-04-08");
    await page.getByRole("button", { name: "Apply filters" }).click();

    await expect(page).toHaveURL(/day=2020-04-08/);
    await expect(page.getByRole("status")).toHaveText("4 sessions match these filters");
    await expect(page.getByRole("heading", { level: 2, name: "7 April 2020" })).toHaveCount(0);

    // the WSIS Prizes ceremony covers every Action Line; only the dialogue on inclusion has SDG 5
    await page.goto("/en/forums/2020/agenda?actionLine=C5&language=fr");
    await expect(page.getByRole("status")).toHaveText("2 sessions match these filters");
    await page.goto("/en/forums/2020/agenda?actionLine=C5&sdg=5&language=fr");
    await expect(page.getByRole("status")).toHaveText("1 session matches these filters");
    await expect(page.locator("article article h3")).toHaveText(["Interactive policy dialogue: ICTs for inclusion and trust"]);
    await expect(page.getByLabel("WSIS Action Line")).toHaveValue("C5");
    await expect(page.getByLabel("Sustainable Development Goal")).toHaveValue("5");

    await page.goto("/en/forums/2020/agenda?track=FORUM");
    await expect(page.getByRole("status")).toHaveText("No session matches these filters");
    await context.close();
  });

  test("a day's .ics and the whole agenda's, in the page's language", async ({ request }) => {
    const day = await request.get("/fr/forums/2020/agenda.ics?day=2020-04-08");
    const whole = await request.get("/en/forums/2020/agenda.ics");
    const none = await request.get("/en/forums/2017/agenda.ics");

    expect(day.headers()["content-disposition"]).toContain("wsis-forum-2020-agenda-2020-04-08.ics");
    const dayBody = await day.text();
    expect(dayBody.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(dayBody).toContain("SUMMARY:Clôture du segment de haut niveau");
    expect((await whole.text()).match(/BEGIN:VEVENT/g)).toHaveLength(9);
    expect(none.status()).toBe(404);
  });
});

test.describe("search engines", () => {
  test("canonical URL and hreflang alternates for the six languages and x-default", async ({ page, baseURL }) => {
    await page.goto("/ar/forums/2017/consultation");

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/ar/forums/2017/consultation`);
    for (const l of ["ar", "zh", "en", "fr", "ru", "es"]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute("href", `${baseURL}/${l}/forums/2017/consultation`);
    }
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `${baseURL}/en/forums/2017/consultation`);
    await expect(page).toHaveTitle(/^عملية المشاورة المفتوحة: منتدى القمة العالمية لمجتمع المعلومات لعام 2017/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
  });

  test("sitemap.xml lists every public page in six languages; robots.txt points to it", async ({ request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const robots = await (await request.get("/robots.txt")).text();

    for (const path of [
      "",
      "/forums/2017/consultation/phases/6",
      "/forums/2020/agenda/hlt-opening",
      "/forums/2020/high-level-track",
      "/documents/cl-19-59/ar",
      "/partnership",
      "/contact",
    ]) {
      for (const l of ["ar", "zh", "en", "fr", "ru", "es"]) expect(sitemap, `${l}${path}`).toContain(`<loc>${baseURL}/${l}${path}</loc>`);
    }
    expect(sitemap).toContain('hreflang="x-default"');
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    // private pages are kept out by X-Robots-Tag, not named in the public robots.txt (security-headers.spec.ts)
    expect(robots).not.toContain("admin");
  });
});

test.describe("the other four languages", () => {
  for (const locale of ["zh", "fr", "ru", "es"] as const) {
    test(`every public page answers in ${locale}, in that language`, async ({ page }) => {
      test.setTimeout(120_000);
      const pages = [
        "",
        "/forums",
        "/forums/2020",
        "/forums/2017/consultation",
        "/forums/2017/consultation/phases/1",
        "/forums/2020/agenda",
        "/forums/2020/agenda/wsis-prizes",
        "/forums/2020/high-level-track",
        "/documents",
        "/documents/cl-19-59",
        "/partnership",
        "/contact",
      ];
      // The templates are the ones axe checks in English and Arabic above; here axe runs on the
      // home and agenda pages in the browser, and every page is fetched as served to check its
      // language and that no English fallback is marked in its main content.
      await page.goto(`/${locale}`);
      await page.goto(`/${locale}/forums/2020/agenda`);
      for (const path of pages) {
        const response = await page.request.get(`/${locale}${path}`);
        expect(response.status(), path).toBe(200);
        const html = await response.text();
        expect(html, path).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
        const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
        expect(main.length, path).toBeGreaterThan(200);
        expect(main, path).not.toMatch(/ lang="en"/);
      }
    });
  }
});

test.describe("caching", () => {
  test("public pages are cached for everyone and carry nobody's session; the per-request ones are not cached", async ({ page }) => {
    const user = await signInAs(page.context(), { email: uniqueEmail("cache") });
    const get = (path: string) => page.request.get(path, { maxRedirects: 0 });

    for (const path of ["/en/forums/2020", "/ar/forums/2020/consultation", "/en/documents"]) {
      await get(path); // the first visit renders (or finds) the page
      const cached = await get(path);
      expect(cached.status(), path).toBe(200);
      expect(cached.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
      expect(cached.headers()["cache-control"], path).toContain("s-maxage=15");
      expect(await cached.text(), path).not.toContain(user.email);
    }
    // the agenda too, one cached page per filter combination
    await get("/en/forums/2020/agenda?day=2020-04-07");
    const agenda = await get("/en/forums/2020/agenda?day=2020-04-07");
    expect(agenda.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    expect(agenda.headers()["cache-control"]).toContain("s-maxage=15");
    const otherDay = await get("/en/forums/2020/agenda?day=2020-04-08");
    expect(await otherDay.text()).not.toBe(await agenda.text());
    // the per-request pages are not cached
    const signIn = await get("/en/sign-in");
    expect(signIn.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(signIn.headers()["cache-control"]).toContain("no-store");

    // the signed-in menu comes from the browser, on the same cached page
    await page.goto("/en/forums/2020");
    await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
    await expect(page.getByRole("link", { name: "My account" })).toBeVisible();
  });
});

test.describe("published policy statements", () => {
  test("appear on the High-Level Track page once the secretariat publishes them, and not before", async ({ page, browser }) => {
    const db = await e2eDb();
    const edition = await db.forumEdition.findUniqueOrThrow({ where: { year: 2017 } });
    const base = { editionId: edition.id, protocolCategory: "MINISTER" as const, language: "fr" as const, status: "SUBMITTED" as const };
    await db.policyStatement.upsert({
      where: { editionId_memberStateCode: { editionId: edition.id, memberStateCode: "SN" } },
      update: {},
      create: {
        ...base,
        memberStateCode: "SN",
        speakerName: "Awa Ndiaye",
        speakerTitle: "Ministre de l'économie numérique",
        text: "Déclaration publiée du Sénégal.",
      },
    });
    await db.policyStatement.upsert({
      where: { editionId_memberStateCode: { editionId: edition.id, memberStateCode: "NO" } },
      update: {},
      create: { ...base, memberStateCode: "NO", speakerName: "Unpublished Speaker", speakerTitle: "Minister", text: "Not yet published." },
    });
    const statements = page.getByRole("region", { name: "Published policy statements" });

    // the page is cached: visited before and after publication, it must not keep the old version
    await page.goto("/en/forums/2017/high-level-track");
    await expect(page.locator("main")).not.toContainText("Awa Ndiaye");

    const secretariat = await browser.newContext();
    await signInAs(secretariat, { role: "SECRETARIAT", email: uniqueEmail("publish-statement") });
    const staff = await secretariat.newPage();
    await staff.goto(`/en/admin/policy-statements?edition=${edition.id}`);
    const row = staff.getByRole("row").filter({ has: staff.getByRole("rowheader", { name: "Senegal" }) });
    await row.getByRole("button", { name: "Publish" }).click();
    // once published the button goes (the row is rendered again): the status says so
    await expect(row).toContainText("Submitted · Published");
    await secretariat.close();

    await page.goto("/en/forums/2017/high-level-track");
    await expect(statements.getByRole("listitem")).toHaveCount(1);
    await expect(statements).toContainText("Senegal");
    await expect(statements).toContainText("Awa Ndiaye, Ministre de l'économie numérique · French");
    await statements.getByText("Read the statement").click();
    await expect(statements.locator('[lang="fr"]')).toHaveText("Déclaration publiée du Sénégal.");
    await expect(page.locator("main")).not.toContainText("Unpublished Speaker");
    await expect(page.locator("main")).toContainText("The dates of the High-Level Track have not been announced.");
  });
});
