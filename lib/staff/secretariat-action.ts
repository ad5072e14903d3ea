import "server-only";
import { getTranslations } from "next-intl/server";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { invalid, runDomain } from "@/lib/actions/run";
import { requireRole, type CurrentUser } from "@/lib/auth/session";
import { kickOutbox } from "@/lib/email/worker";
import { revalidatePublicPages } from "@/lib/public/cache";
import type { Locale } from "@/lib/i18n/locales";

/** Field errors the admin services give as keys of "AdminValidation" (runDomain knows only "Validation"). */
async function withAdminFieldMessages(locale: Locale, state: Extract<FormState, { status: "error" }>): Promise<FormState> {
  if (!state.fieldErrors) return state;
  const t = await getTranslations({ locale, namespace: "AdminValidation" });
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([field, messages]) => [field, (messages ?? []).map((m) => (t.has(m as never) ? t(m as never) : m))]),
  );
  return { ...state, fieldErrors };
}

/**
 * The pipeline every secretariat action shares: the role is checked first (before the input is
 * even read), then the input is validated, then the domain call runs; its expected failures come
 * back as a FormState. On success the outbox is kicked after the response, the given pages are
 * revalidated and the cached public pages purged. The caller decides whether to redirect or to
 * answer in place.
 */
export async function secretariatAction<S extends z.ZodType, T>(
  locale: Locale,
  returnTo: string,
  formData: FormData,
  schema: S,
  fn: (user: CurrentUser, input: z.infer<S>) => Promise<T>,
  options: { revalidate?: string[] } = {},
): Promise<{ ok: true; data: T } | { ok: false; state: FormState }> {
  const user = await requireRole("SECRETARIAT", locale, returnTo);
  const parsed = schema.safeParse(formToObject(formData));
  if (!parsed.success) return { ok: false, state: await invalid(locale, parsed.error, formData) };
  const result = await runDomain(locale, formData, () => fn(user, parsed.data));
  if (result.status === "error") return { ok: false, state: await withAdminFieldMessages(locale, result) };
  after(() => kickOutbox());
  for (const path of options.revalidate ?? [returnTo]) revalidatePath(path);
  revalidatePublicPages();
  return { ok: true, data: result.data };
}
