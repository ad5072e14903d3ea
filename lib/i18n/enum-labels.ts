// One place for the labels of Prisma enum values: the "Enum" namespace
// (lib/i18n/messages/enums.<locale>.json), one map per enum, keyed by the enum's name and value
// ("Enum.Gender.FEMALE"). tests/unit/i18n/enum-labels.test.ts checks that every value of every
// Prisma enum has a label in all six languages.
import * as PrismaEnums from "@/lib/generated/prisma/enums";

type Enums = typeof PrismaEnums;
/** The names of the Prisma enums ("Gender", "SubmissionStatus"...). */
export type EnumName = { [K in keyof Enums]: Enums[K] extends Readonly<Record<string, string>> ? K : never }[keyof Enums];
/** The values of one enum. */
export type EnumValue<E extends EnumName> = Enums[E][keyof Enums[E]] & string;
/** A key of the "Enum" namespace. */
export type EnumLabelKey = { [E in EnumName]: `${E}.${EnumValue<E>}` }[EnumName];

/** A translator of the "Enum" namespace: getTranslations("Enum") or useTranslations("Enum"). */
export type EnumTranslator = (key: EnumLabelKey) => string;

export const ENUM_NAMESPACE = "Enum";

/** The enum value's label in the translator's language: enumLabel(t, "Gender", "FEMALE"). */
export function enumLabel<E extends EnumName>(t: EnumTranslator, name: E, value: EnumValue<E>): string {
  return t(`${name}.${value}` as EnumLabelKey);
}

/** The values of an enum with their labels, in schema order, for lists and select options. */
export function enumOptions<E extends EnumName>(t: EnumTranslator, name: E): { value: EnumValue<E>; label: string }[] {
  return (Object.values(PrismaEnums[name]) as EnumValue<E>[]).map((value) => ({ value, label: enumLabel(t, name, value) }));
}
