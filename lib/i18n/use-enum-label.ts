"use client";
import { useTranslations } from "next-intl";
import { enumLabel, type EnumName, type EnumValue } from "./enum-labels";

/** For client components: `const label = useEnumLabel(); label("Gender", v)`. "Enum" is a client namespace. */
export function useEnumLabel() {
  const t = useTranslations("Enum");
  return <E extends EnumName>(name: E, value: EnumValue<E>) => enumLabel(t, name, value);
}
