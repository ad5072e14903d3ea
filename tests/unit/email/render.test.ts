import { describe, expect, test } from "vitest";
import { htmlFromText } from "@/lib/email/render";

describe("the HTML part of a mail", () => {
  test("escapes what users typed and links URLs", () => {
    const html = htmlFromText('Dear <script>alert("x")</script> & co,\n\nSign in: https://portal.example/en?a=1&b=2', "en");

    expect(html).toContain("Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co,");
    expect(html).not.toContain("<script>");
    expect(html).toContain('<a href="https://portal.example/en?a=1&amp;b=2">https://portal.example/en?a=1&amp;b=2</a>');
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  test("Arabic mail is right-to-left", () => {
    expect(htmlFromText("مرحباً", "ar")).toMatch(/<html lang="ar" dir="rtl">/);
    expect(htmlFromText("Bonjour", "fr")).toMatch(/<html lang="fr" dir="ltr">/);
  });
});
