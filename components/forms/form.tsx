"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef, type FormEvent, type ReactNode, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { idle, reloadTarget, type FormState, type FormValues } from "@/lib/actions/form-state";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** What every field of a form reads: its id, its errors, and what to show in it. */
export interface FormKit {
  state: FormState;
  pending: boolean;
  /** the id of a field's control, derived from its name (rows: `members[k3].email`) */
  idOf: (name: string) => string;
  errorsOf: (name: string) => string[] | undefined;
  /** what the user sent (echoed by the server), else the stored value */
  value: (name: string, stored?: string | null) => string;
  /** a repeated field (a checkbox group): what was sent, else the stored list */
  list: (name: string, stored?: string[]) => string[];
  /** a single checkbox: whether it was sent checked, else the stored flag */
  checked: (name: string, stored?: boolean) => boolean;
  /** the values echoed after the last action (rows rebuild themselves from them without JavaScript) */
  values: FormValues | undefined;
}

const FormContext = createContext<FormKit | null>(null);

/** The kit of the enclosing <Form>. */
export function useFormKit(): FormKit {
  const kit = useContext(FormContext);
  if (!kit) throw new Error("a field must sit inside <Form>");
  return kit;
}

const safeId = (name: string) => name.replace(/[^\w-]+/g, "-");

/**
 * A form bound to a server action, the one way every form of the portal works:
 * - **nothing typed is lost.** React 19 resets a form after its action runs, and uncontrolled
 *   selects, radios and checkboxes fall back to their first defaults (a delegation was
 *   confirmed with the wrong attendance this way). Here the submit is sent as a transition of
 *   our own, so React does not reset the form: every field, chosen files included, keeps what
 *   the user gave, after an error as after a draft save. Without JavaScript the page comes back
 *   rendered with the echoed values as defaults.
 * - **every error is shown at once, under its own field**, and focus moves to a summary at the
 *   top that links to each field (the GOV.UK pattern).
 * - the submit button says it is busy while the action runs.
 */
export function Form({
  action,
  children,
  className,
  id,
  onConfirmRequired,
  ...rest
}: {
  action: FormAction;
  children: ReactNode;
  className?: string;
  id?: string;
  /** return false to stop a submit (e.g. to ask for confirmation first) */
  onConfirmRequired?: (submitter: HTMLElement | null, form: HTMLFormElement) => boolean;
  "aria-label"?: string;
  "aria-labelledby"?: string;
}) {
  const [state, dispatch, pending] = useActionState(action, idle);
  const generated = useId();
  const prefix = id ?? `form${safeId(generated)}`;
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
    // a new page, not a client navigation (e.g. after signing in: the header reads the new session on load)
    const reload = reloadTarget(state);
    if (reload) window.location.assign(reload);
  }, [state]);

  const values = state.status === "idle" ? undefined : state.values;
  const kit: FormKit = {
    state,
    pending,
    values,
    idOf: (name) => `${prefix}-${safeId(name)}`,
    errorsOf: (name) => (state.status === "error" ? state.fieldErrors?.[name] : undefined),
    value: (name, stored) => {
      const sent = values?.[name];
      return typeof sent === "string" ? sent : Array.isArray(sent) ? (sent[0] ?? "") : (stored ?? "");
    },
    list: (name, stored = []) => (values ? ([] as string[]).concat(values[name] ?? []) : stored),
    checked: (name, stored = false) => (values ? values[name] !== undefined : stored),
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    event.preventDefault();
    if (onConfirmRequired && !onConfirmRequired(submitter, form)) return;
    const data = new FormData(form, submitter ?? undefined);
    startTransition(() => dispatch(data));
  }

  return (
    <FormContext.Provider value={kit}>
      <form id={id} action={dispatch} onSubmit={submit} noValidate className={className ?? "flex max-w-3xl flex-col gap-5"} {...rest}>
        <FormOutcome focusRef={summary} />
        {children}
      </form>
    </FormContext.Provider>
  );
}

/** The outcome at the top: an error summary with a link to each field in error, or a notice. */
function FormOutcome({ focusRef }: { focusRef: RefObject<HTMLDivElement | null> }) {
  const { state, idOf } = useFormKit();
  const t = useTranslations("Form");
  if (state.status === "success" && state.message) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
        {state.message}
      </p>
    );
  }
  if (state.status !== "error") return null;
  const fields = Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages?.length);
  return (
    <div
      ref={focusRef}
      tabIndex={-1}
      role="alert"
      className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800 focus:outline-2 focus:outline-red-700"
    >
      <p className="font-semibold">{state.message}</p>
      {fields.length > 0 && (
        <>
          <p className="sr-only">{t("problems", { count: fields.length })}</p>
          <ul className="mt-1 list-disc ps-5">
            {fields.map(([name, messages]) =>
              name === "_form" ? (
                <li key={name}>{messages!.join(" ")}</li>
              ) : (
                <li key={name}>
                  <a href={`#${idOf(name)}`} className="underline">
                    {messages!.join(" ")}
                  </a>
                </li>
              ),
            )}
          </ul>
        </>
      )}
    </div>
  );
}
