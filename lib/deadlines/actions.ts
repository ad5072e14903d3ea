"use server";

import { getTranslations } from "next-intl/server";
import { DomainError } from "@/lib/actions/errors";
import type { FormState } from "@/lib/actions/form-state";
import { asLocale } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/locales";
import { secretariatAction } from "@/lib/staff/secretariat-action";
import { boundIdSchema, grantExtensionSchema, revokeExtensionSchema } from "./schemas";
import { grantExtension, revokeExtension } from "./service";

/** A bound id a forged request could change: a malformed one is as absent as a missing row. */
function boundId(value: unknown): string {
  const parsed = boundIdSchema.safeParse(value);
  if (!parsed.success) throw new DomainError("NOT_FOUND");
  return parsed.data;
}

const pathOf = (locale: Locale, deadlineId: string) => `/${locale}/admin/deadlines/${encodeURIComponent(String(deadlineId))}`;

/** Grants a party (a user by e-mail, an organisation, an invitation) a later close of one deadline. Secretariat only. */
export async function grantExtensionAction(rawLocale: Locale, deadlineId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const result = await secretariatAction(locale, pathOf(locale, deadlineId), formData, grantExtensionSchema, (actor, input) =>
    grantExtension({ actor, deadlineId: boundId(deadlineId), party: input.party, until: input.until, reason: input.reason }),
  );
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminDeadlines" });
  return { status: "success", message: t("granted") };
}

/** Withdraws one extension. Secretariat only. */
export async function revokeExtensionAction(rawLocale: Locale, deadlineId: string, extensionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const result = await secretariatAction(locale, pathOf(locale, deadlineId), formData, revokeExtensionSchema, (actor) =>
    revokeExtension({ actor, extensionId: boundId(extensionId) }),
  );
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminDeadlines" });
  return { status: "success", message: t("revoked") };
}
