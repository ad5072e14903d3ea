import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";

/** The [locale] segment of a route, or the not-found page for anything else. */
export function asLocale(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}
