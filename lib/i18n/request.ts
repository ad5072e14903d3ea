import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { GENEVA } from "@/lib/time/geneva";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ locale, requestLocale }) => {
  // `locale` is passed explicitly by server actions and mail rendering; pages use the URL segment
  const candidate = locale ?? (await requestLocale);
  const resolved = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {
    locale: resolved,
    messages: await loadMessages(resolved),
    // every date the portal shows is Geneva time, whatever the server's or the visitor's zone
    timeZone: GENEVA,
  };
});
