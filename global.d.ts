// Typed translation keys: a key missing from the English messages is a compile error.
import type admin from "./lib/i18n/messages/admin.en.json";
import type consultation from "./lib/i18n/messages/consultation.en.json";
import type core from "./lib/i18n/messages/core.en.json";
import type enums from "./lib/i18n/messages/enums.en.json";
import type invitations from "./lib/i18n/messages/invitations.en.json";
import type publicSite from "./lib/i18n/messages/public.en.json";
import type registration from "./lib/i18n/messages/registration.en.json";
import type security from "./lib/i18n/messages/security.en.json";
import type { Locale } from "./lib/i18n/locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof core & typeof publicSite & typeof invitations & typeof consultation & typeof admin & typeof security & typeof enums & typeof registration;
  }
}
