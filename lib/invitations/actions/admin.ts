"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { requireRole } from "@/lib/auth/session";
import { kickOutbox } from "@/lib/email/worker";
import { asLocale } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/locales";
import { invalidInput, runInvitationDomain } from "../action-state";
import type { ImportState, InvitationCommandName } from "../action-types";
import { addresseeSchema, changeEmailSchema, createCampaignSchema, extensionSchema } from "../schemas";
import { addAddressee, createCampaign, importAddresseeCsv, previewAddresseeCsv } from "../service/campaigns";
import {
  changeInvitationEmail,
  grantExtension,
  markInvitationBounced,
  resendInvitation,
  revokeInvitation,
  sendCampaign,
  sendInvitation,
} from "../service/mailing";

const secretariat = (locale: Locale, path: string) => requireRole("SECRETARIAT", locale, `/${locale}${path}`);
const refresh = (locale: Locale, campaignId?: string) => {
  revalidatePath(`/${locale}/admin/invitations`);
  if (campaignId) revalidatePath(`/${locale}/admin/invitations/${campaignId}`);
  revalidatePath(`/${locale}/admin/confirmations`);
};

export async function createCampaignAction(rawLocale: Locale, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const actor = await secretariat(locale, "/admin/invitations");
  const parsed = createCampaignSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runInvitationDomain(locale, formData, () => createCampaign(actor, parsed.data));
  if (result.status === "error") return result;
  refresh(locale);
  redirect(`/${locale}/admin/invitations/${result.data.id}`);
}

export async function addAddresseeAction(rawLocale: Locale, campaignId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const actor = await secretariat(locale, `/admin/invitations/${campaignId}`);
  const parsed = addresseeSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runInvitationDomain(locale, formData, () => addAddressee(actor, campaignId, parsed.data));
  if (result.status === "error") return result;
  refresh(locale, campaignId);
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  return { status: "success", message: t("added") };
}

/** Checks the CSV ("preview": nothing is written) or imports its good rows ("import"). */
export async function importCsvAction(rawLocale: Locale, campaignId: string, _prev: ImportState, formData: FormData): Promise<ImportState> {
  const locale = asLocale(rawLocale);
  const actor = await secretariat(locale, `/admin/invitations/${campaignId}/import`);
  const fields = formToObject(formData);
  const csv = typeof fields.csv === "string" ? fields.csv : "";
  if (fields.intent === "import") {
    const result = await runInvitationDomain(locale, formData, () => importAddresseeCsv(actor, campaignId, csv));
    if (result.status === "error") return result;
    refresh(locale, campaignId);
    redirect(`/${locale}/admin/invitations/${campaignId}?imported=${result.data.imported}`);
  }
  const result = await runInvitationDomain(locale, formData, () => previewAddresseeCsv(actor, campaignId, csv));
  if (result.status === "error") return result;
  const check = result.data;
  const invalid = check.rows.filter((r) => !r.value).length;
  return { status: "idle", values: { csv }, preview: { rows: check.rows, valid: check.valid.length, invalid, fileErrors: check.fileErrors } };
}

export async function sendCampaignAction(rawLocale: Locale, campaignId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const actor = await secretariat(locale, `/admin/invitations/${campaignId}`);
  const result = await runInvitationDomain(locale, formData, () => sendCampaign(actor, campaignId, new Date()));
  if (result.status === "error") return result;
  after(() => kickOutbox());
  refresh(locale, campaignId);
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  return { status: "success", message: t("sentCount", { count: result.data }) };
}

const commands = {
  send: sendInvitation,
  resend: resendInvitation,
  revoke: revokeInvitation,
  markBounced: markInvitationBounced,
} as const satisfies Record<InvitationCommandName, unknown>;

/** One of the row buttons of the campaign page: send, send again, revoke, mark as bounced. */
export async function invitationCommandAction(
  rawLocale: Locale,
  invitationId: string,
  campaignId: string,
  command: InvitationCommandName,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const actor = await secretariat(locale, `/admin/invitations/${campaignId}`);
  // the command is bound by the page, but a bound argument still arrives from the client
  if (!Object.hasOwn(commands, command)) throw new Error("unknown command");
  const run = commands[command];
  const result = await runInvitationDomain(locale, formData, () => run(actor, invitationId, new Date()));
  if (result.status === "error") return result;
  after(() => kickOutbox());
  refresh(locale, campaignId);
  revalidatePath(`/${locale}/admin/invitations/${campaignId}/${invitationId}`);
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  return { status: "success", message: t("done") };
}

export async function changeEmailAction(rawLocale: Locale, invitationId: string, campaignId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const actor = await secretariat(locale, `/admin/invitations/${campaignId}/${invitationId}`);
  const parsed = changeEmailSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runInvitationDomain(locale, formData, () => changeInvitationEmail(actor, invitationId, parsed.data.email));
  if (result.status === "error") return result;
  refresh(locale, campaignId);
  revalidatePath(`/${locale}/admin/invitations/${campaignId}/${invitationId}`);
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  return { status: "success", message: t("done") };
}

export async function grantExtensionAction(rawLocale: Locale, invitationId: string, campaignId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const actor = await secretariat(locale, `/admin/invitations/${campaignId}/${invitationId}`);
  const parsed = extensionSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runInvitationDomain(locale, formData, () => grantExtension(actor, invitationId, parsed.data.until, parsed.data.reason));
  if (result.status === "error") return result;
  refresh(locale, campaignId);
  revalidatePath(`/${locale}/admin/invitations/${campaignId}/${invitationId}`);
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  return { status: "success", message: t("done") };
}
