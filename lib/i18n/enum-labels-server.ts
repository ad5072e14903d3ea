import "server-only";
import { getTranslations } from "next-intl/server";
import { ENUM_NAMESPACE, enumLabel, type EnumName, type EnumValue } from "./enum-labels";
import type { Locale } from "./locales";

/** For server components and mail: `const label = await enumLabeller(locale); label("Gender", v)`. */
export async function enumLabeller(locale: Locale) {
  const t = await getTranslations({ locale, namespace: ENUM_NAMESPACE });
  return <E extends EnumName>(name: E, value: EnumValue<E>) => enumLabel(t, name, value);
}
