import "server-only";
import { db } from "@/lib/db";
import type { Table } from "@/lib/exports/datasets";
import { genevaStamp } from "@/lib/exports/datasets";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The edition's Forum registrations, one row each, for the secretariat's CSV/XLSX export
 * (lib/exports: headers translated, cells neutralised, download audited). Passport data is left
 * out unless asked for explicitly (`passport`), and then only what has not been erased.
 */
export async function forumRegistrationsTable(editionId: string, locale: Locale, options: { passport?: boolean } = {}): Promise<Table> {
  const rows = await db.forumRegistration.findMany({
    where: { editionId },
    orderBy: [{ familyName: "asc" }, { givenNames: "asc" }, { id: "asc" }],
    select: {
      honorific: true,
      givenNames: true,
      familyName: true,
      jobTitle: true,
      gender: true,
      attendance: true,
      accessibilityNeeds: true,
      status: true,
      statusReason: true,
      category: true,
      submittedAt: true,
      accreditedAt: true,
      locale: true,
      user: { select: { email: true } },
      organisation: { select: { name: true } },
      stakeholderType: { select: { name: true } },
      country: { select: { code: true, name: true, region: { select: { name: true } } } },
      invitation: { select: { memberStateCode: true } },
      visaLetter: {
        select: {
          status: true,
          letterLanguage: true,
          referenceNumber: true,
          ...(options.passport ? { nationality: true, passportNumber: true, passportExpiry: true, dateOfBirth: true, swissRepresentation: true } : {}),
        },
      },
    },
  });
  const passportColumns = options.passport ? ["nationality", "passportNumber", "passportExpiry", "dateOfBirth", "swissRepresentation"] : [];
  return {
    columns: [
      "honorific",
      "familyName",
      "givenNames",
      "title",
      "email",
      "organisation",
      "stakeholderType",
      "countryCode",
      "country",
      "region",
      "gender",
      "attendance",
      "accessibilityNeeds",
      "category",
      "status",
      "statusReason",
      "delegation",
      "language",
      "registeredAt",
      "accreditedAt",
      "visaRequested",
      "visaStatus",
      "visaLetterLanguage",
      "visaReference",
      ...passportColumns,
    ],
    rows: rows.map((r) => {
      const v = r.visaLetter as
        | (NonNullable<typeof r.visaLetter> & {
            nationality?: string | null;
            passportNumber?: string | null;
            passportExpiry?: Date | null;
            dateOfBirth?: Date | null;
            swissRepresentation?: string | null;
          })
        | null;
      return [
        r.honorific,
        r.familyName,
        r.givenNames,
        r.jobTitle,
        r.user.email,
        r.organisation?.name,
        localizeText(r.stakeholderType.name, locale),
        r.country.code,
        localizeText(r.country.name, locale),
        localizeText(r.country.region.name, locale),
        r.gender,
        r.attendance,
        r.accessibilityNeeds,
        r.category,
        r.status,
        r.statusReason,
        r.invitation?.memberStateCode,
        r.locale,
        genevaStamp(r.submittedAt),
        genevaStamp(r.accreditedAt),
        v ? "yes" : "no",
        v?.status,
        v?.letterLanguage,
        v?.referenceNumber,
        ...(options.passport ? [v?.nationality, v?.passportNumber, day(v?.passportExpiry), day(v?.dateOfBirth), v?.swissRepresentation] : []),
      ];
    }),
  };
}
