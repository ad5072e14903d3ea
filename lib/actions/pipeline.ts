import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { getCurrentUser, requireRole, requireSecretariat, requireUser, type CurrentUser, type Secretariat } from "@/lib/auth/session";
import { kickOutbox } from "@/lib/email/worker";
import { defaultLocale, isLocale, locales, type Locale } from "@/lib/i18n/locales";
import { revalidatePublicPages } from "@/lib/public/cache";
import { DomainError, isOverload, isUniqueViolation, type ErrorCode } from "./errors";
import { chosenFiles, echoValues, fieldNameOf, formToObject, type FormInput } from "./form-data";
import type { FormState, MessageRef } from "./form-state";
import { messageTranslator, translateFailure, type MessageArea } from "./translate";

/**
 * Who may call an action. "public": anyone (the action must limit itself, e.g. sign-in);
 * "user": any signed-in user (the service checks the resource: their own submission, their
 * invitation); "secretariat": the SECRETARIAT role, whose every change also purges the cached
 * public pages; "pendingSecondFactor": a SECRETARIAT member whose session may not have passed
 * the second factor yet (only the second-factor actions, which exist to pass it; their services
 * check the session themselves).
 */
export type Caller = "public" | "user" | "secretariat" | "pendingSecondFactor";

/** "secretariat" handlers get the branded context every admin service takes first. */
type Actor<C extends Caller> = C extends "public" ? CurrentUser | null : C extends "secretariat" ? Secretariat : CurrentUser;

/** What a handler asks for once its change is committed. */
export interface Done<D = never> {
  /** what the form needs to go on (e.g. WebAuthn options, recovery codes shown once): the success state's `data` */
  data?: D;
  /** go there (checked to be a path of this site) */
  redirect?: string;
  /**
   * go there as a NEW page (a full load, e.g. after signing in, so that what reads the session in
   * the browser sees the new one): a script-driven submit gets `{ status: "success", reload }` and
   * <Form> loads it; a form posted without JavaScript is redirected by the server
   */
  reload?: string;
  /** or stay, with this notice (several: their sentences in this order, e.g. "Saved." and a warning) */
  notice?: MessageRef | MessageRef[];
  /** pages to render afresh (a path, or a path and "layout" for everything under it) */
  revalidate?: (string | [string, "layout"])[];
}

/**
 * The content check of a file field (type by its bytes, size, name): the checked file, null when
 * none was chosen, or the field's message key. Run with the form's schema, so a fake PDF is
 * reported together with the other fields' problems, not one submit later.
 */
export type FileCheck<T = unknown> = (entry: FormDataEntryValue | null) => Promise<{ file: T | null } | { error: MessageRef }>;
type FileChecks = Record<string, FileCheck>;
type CheckedFiles<U extends FileChecks> = { [K in keyof U]: U[K] extends FileCheck<infer T> ? T | null : never };

export interface ActionSpec<C extends Caller, A extends z.ZodTuple, I extends z.ZodType, U extends FileChecks = FileChecks> {
  caller: C;
  /** the bound arguments after the locale (ids, years, targets), validated like any input */
  args: A;
  /** the form's schema; a function when it depends on the bound arguments or the raw input (e.g. draft or submit) */
  input?: I | ((raw: FormInput, args: z.infer<A>) => I);
  /** file fields: never echoed back, handed to the handler in `formData` */
  files?: string[];
  /** file fields checked by their content with the form (never echoed back), handed to the handler in `uploads` */
  uploads?: U;
  /**
   * checks that need more than the form (the database: a near-duplicate name), run when the
   * form is refused anyway, so their errors come back in the same round; field name -> message
   * keys. On an otherwise valid form the service's own refusal (in its transaction) says it.
   */
  checks?: (raw: FormInput, actor: Actor<C>) => Promise<Record<string, MessageRef[]>>;
  /** fields never echoed back (secrets) */
  secret?: string[];
  /** repeated rows: for each group, the fields of which one must be filled for a row to count */
  rows?: Record<string, string[]>;
  /** the area whose keys come first, for field errors and for the codes' sentences (see lib/actions/translate.ts) */
  messages?: MessageArea;
  /** where a signed-out caller comes back to after signing in */
  returnTo?: (locale: Locale, args: z.infer<A>) => string;
}

export interface ActionContext<C extends Caller, A extends z.ZodTuple, I extends z.ZodType, U extends FileChecks = FileChecks> {
  actor: Actor<C>;
  locale: Locale;
  args: z.infer<A>;
  input: z.infer<I>;
  /** the files of `spec.uploads`, checked (null: none chosen) */
  uploads: CheckedFiles<U>;
  raw: FormInput;
  formData: FormData;
  /** one instant for the whole action: deadlines are checked against it and it is what gets stored */
  now: Date;
}

type Handler<C extends Caller, A extends z.ZodTuple, I extends z.ZodType, U extends FileChecks, D> = (
  ctx: ActionContext<C, A, I, U>,
) => Promise<Done<D> | void>;

const localeSchema = z.enum(locales);

async function failed(
  locale: Locale,
  spec: { files?: string[]; uploads?: FileChecks; secret?: string[]; messages?: MessageArea },
  formData: FormData | null,
  failure: { code: ErrorCode; fieldErrors?: Record<string, MessageRef[]>; message?: MessageRef },
): Promise<Extract<FormState, { status: "error" }>> {
  const { message, fieldErrors } = await translateFailure(locale, failure, spec.messages);
  const values = formData ? echoValues(formData, unechoed(spec)) : undefined;
  const files = formData ? chosenFiles(formData) : {};
  return { status: "error", code: failure.code, message, fieldErrors, values, ...(Object.keys(files).length && { files }) };
}

const unechoed = (spec: { files?: string[]; uploads?: FileChecks; secret?: string[] }) => [
  ...(spec.files ?? []),
  ...Object.keys(spec.uploads ?? {}),
  ...(spec.secret ?? []),
];

/** Runs every file field's content check; their errors join the schema's. */
async function checkFiles(checks: FileChecks | undefined, formData: FormData) {
  const files: Record<string, unknown> = {};
  const errors: Record<string, MessageRef[]> = {};
  await Promise.all(
    Object.entries(checks ?? {}).map(async ([field, check]) => {
      const result = await check(formData.get(field));
      if ("error" in result) errors[field] = [result.error];
      else files[field] = result.file;
    }),
  );
  return { files, errors };
}

function issuesByField(error: z.ZodError, raw: FormInput): Record<string, MessageRef[]> {
  const out: Record<string, MessageRef[]> = {};
  for (const issue of error.issues) (out[fieldNameOf(issue.path, raw)] ??= []).push(issue.message);
  return out;
}

/** A service's field errors name paths in the parsed input ("members.2.email"): give them the form's names. */
function domainFieldErrors(error: DomainError, raw: FormInput): Record<string, MessageRef[]> | undefined {
  if (!error.fieldErrors) return undefined;
  const out: Record<string, MessageRef[]> = {};
  for (const [path, refs] of Object.entries(error.fieldErrors)) {
    const name = fieldNameOf(
      path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      raw,
    );
    (out[name] ??= []).push(...refs);
  }
  return out;
}

/** Only paths of this site: "/en/…" yes; "//evil.example", "/\evil", "https://…" no. */
function sitePath(target: string): string {
  const base = new URL("http://site.invalid");
  const url = new URL(target, base);
  if (url.origin !== base.origin || !target.startsWith("/")) throw new Error(`refused redirect target ${JSON.stringify(target)}`);
  return url.pathname + url.search + url.hash;
}

async function authorise<C extends Caller>(caller: C, locale: Locale, returnTo: string): Promise<Actor<C>> {
  if (caller === "secretariat") return (await requireSecretariat(locale, returnTo)) as Actor<C>;
  if (caller === "pendingSecondFactor") return (await requireRole("SECRETARIAT", locale, returnTo, { secondFactor: "pending" })) as Actor<C>;
  if (caller === "user") return (await requireUser(locale, returnTo)) as Actor<C>;
  return (await getCurrentUser()) as Actor<C>;
}

/**
 * The one pipeline of every form's server action, in this order: the caller is authorised
 * (before anything of the request is read), the bound arguments and the form are validated with
 * zod, the handler runs the domain service (which checks the deadline and writes its change and
 * audit entry in one transaction), and then, after the commit: the outbox is kicked, pages are
 * revalidated, a secretariat change purges the cached public pages, and the user is redirected
 * or shown a notice. Expected failures (a schema's issues, a DomainError, a unique-key race, a
 * database too busy to take the write in time) come back as an error state with every message translated and what was typed echoed back;
 * anything else is a bug and goes to the error page.
 *
 * Two signatures, one builder: a form's action is `(locale, ...args, previousState, formData)`
 * (bind the locale and the arguments, give the rest to useActionState); a command's is
 * `(locale, ...args, formData?)`, for `<form action={command.bind(null, …)}>` or a direct call.
 */
function buildAction<C extends Caller, A extends z.ZodTuple, I extends z.ZodType, U extends FileChecks, D>(
  spec: ActionSpec<C, A, I, U>,
  handler: Handler<C, A, I, U, D>,
  withState: boolean,
): (...params: unknown[]) => Promise<FormState<string, D>> {
  const bound = spec.args.def.items.length;
  const arity = 1 + bound + (withState ? 2 : 0);
  const formAt = withState ? arity - 1 : arity;
  const action = async (...params: unknown[]): Promise<FormState<string, D>> => {
    const locale = isLocale(params[0]) ? params[0] : defaultLocale;
    const formData = params[formAt] instanceof FormData ? (params[formAt] as FormData) : new FormData();
    return run(spec, handler, locale, params[0], params.slice(1, 1 + bound), formData);
  };
  Object.defineProperty(action, "length", { value: arity });
  return action;
}

/** A form's action: `(locale, ...args, previousState, formData)`. */
export const formAction = <
  C extends Caller,
  A extends z.ZodTuple,
  I extends z.ZodType = z.ZodObject<Record<string, never>>,
  U extends FileChecks = Record<never, FileCheck>,
  D = never,
>(
  spec: ActionSpec<C, A, I, U>,
  handler: Handler<C, A, I, U, D>,
) => buildAction(spec, handler, true);

/** A command without fields of its own (withdraw, send, revoke): `(locale, ...args, formData?)`. */
export const commandAction = <
  C extends Caller,
  A extends z.ZodTuple,
  I extends z.ZodType = z.ZodObject<Record<string, never>>,
  U extends FileChecks = Record<never, FileCheck>,
  D = never,
>(
  spec: ActionSpec<C, A, I, U>,
  handler: Handler<C, A, I, U, D>,
) => buildAction(spec, handler, false);

async function run<C extends Caller, A extends z.ZodTuple, I extends z.ZodType, U extends FileChecks, D>(
  spec: ActionSpec<C, A, I, U>,
  handler: Handler<C, A, I, U, D>,
  locale: Locale,
  rawLocale: unknown,
  boundArgs: unknown[],
  formData: FormData,
): Promise<FormState<string, D>> {
  const now = new Date();
  const argsParsed = spec.args.safeParse(boundArgs);
  const returnTo = argsParsed.success && spec.returnTo ? spec.returnTo(locale, argsParsed.data) : `/${locale}`;
  const actor = await authorise(spec.caller, locale, returnTo);
  if (!localeSchema.safeParse(rawLocale).success || !argsParsed.success) return failed(locale, spec, null, { code: "NOT_FOUND" });
  const args = argsParsed.data as z.infer<A>;

  const raw = formToObject(formData, { rows: spec.rows });
  const schema = typeof spec.input === "function" ? spec.input(raw, args) : spec.input;
  const parsed = schema ? schema.safeParse(raw) : { success: true as const, data: {} };
  const checked = await checkFiles(spec.uploads, formData);
  if (!parsed.success || Object.keys(checked.errors).length) {
    const extra = spec.checks ? await spec.checks(raw, actor) : {};
    const fieldErrors = parsed.success ? {} : issuesByField(parsed.error, raw);
    for (const [field, refs] of [...Object.entries(checked.errors), ...Object.entries(extra)]) (fieldErrors[field] ??= []).push(...refs);
    return failed(locale, spec, formData, { code: "VALIDATION", fieldErrors });
  }

  let done: Done<D> | void;
  try {
    done = await handler({ actor, locale, args, input: parsed.data as z.infer<I>, uploads: checked.files as CheckedFiles<U>, raw, formData, now });
  } catch (error) {
    const domain =
      error instanceof DomainError ? error : isUniqueViolation(error) ? new DomainError("CONFLICT") : isOverload(error) ? new DomainError("BUSY") : null;
    if (!domain) throw error;
    if (domain.code === "BUSY") console.warn(`[actions] database busy, the user is asked to send again: ${(error as Error).message.split("\n")[0]}`);
    return failed(locale, spec, formData, { code: domain.code, fieldErrors: domainFieldErrors(domain, raw), message: domain.detail });
  }

  after(() => kickOutbox());
  for (const path of done?.revalidate ?? []) {
    if (Array.isArray(path)) revalidatePath(path[0], path[1]);
    else revalidatePath(path);
  }
  if (spec.caller === "secretariat") revalidatePublicPages();
  if (done?.redirect) redirect(sitePath(done.redirect));
  if (done?.reload) {
    const target = sitePath(done.reload);
    if ((await headers()).has("next-action")) return { status: "success", reload: target };
    redirect(target);
  }
  const notices = ([] as MessageRef[]).concat(done?.notice ?? []);
  const t = notices.length ? await messageTranslator(locale, spec.messages) : null;
  const message = t ? (await Promise.all(notices.map(t))).join(" ") : undefined;
  return { status: "success", message, data: done?.data, values: echoValues(formData, unechoed(spec)) };
}

export { arg } from "./args";
