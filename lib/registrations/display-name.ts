import type { Honorific } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A participant's name with their honorific as the page's language writes it: before the name
 * ("Ms Amina Otieno", "السيدة Amina Otieno"), after it in Chinese ("Amina Otieno女士"), and none
 * for MX — the choice of no gendered title, which no language prints before a name.
 */
export function nameWithHonorific(honorific: Honorific, honorificLabel: string, name: string, locale: Locale): string {
  if (honorific === "MX") return name;
  return locale === "zh" ? `${name}${honorificLabel}` : `${honorificLabel} ${name}`;
}
