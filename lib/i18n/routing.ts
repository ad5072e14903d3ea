import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // every URL carries its language; "/" negotiates from the NEXT_LOCALE cookie, then Accept-Language
  localePrefix: "always",
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});
