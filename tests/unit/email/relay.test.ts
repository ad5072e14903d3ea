import { describe, expect, test } from "vitest";
import { relayUrl } from "@/lib/email/transport";

// nodemailer reads a relay's options from its URL only: given a URL, its second argument is the
// messages' defaults, so timeouts passed there never reached the connection.
describe("the relay's options", () => {
  const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

  test("bounded timeouts are added to SMTP_URL", () => {
    expect(params(relayUrl("smtp://relay.itu.int:587"))).toEqual({
      connectionTimeout: "10000",
      greetingTimeout: "10000",
      socketTimeout: "20000",
    });
  });

  test("what the operator wrote in SMTP_URL wins, credentials and all", () => {
    const url = relayUrl("smtps://wsis%40itu.int:p%3Ass@relay.itu.int:465?socketTimeout=60000&tls.servername=mail.itu.int");
    const parsed = new URL(url);
    expect(parsed.protocol).toBe("smtps:");
    expect(decodeURIComponent(parsed.username)).toBe("wsis@itu.int");
    expect(decodeURIComponent(parsed.password)).toBe("p:ss");
    expect(params(url)).toMatchObject({ socketTimeout: "60000", "tls.servername": "mail.itu.int", greetingTimeout: "10000" });
  });
});
