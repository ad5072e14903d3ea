"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { Field } from "@/components/forms/field";
import { Form, useFormKit } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import type { RecoveryCodesShown, TotpSecret } from "@/lib/second-factor/schemas";

/** A second-factor action on the pipeline, bound by the page: its success may carry data. */
type FactorAction<D = unknown> = (previous: FormState, formData: FormData) => Promise<FormState<string, D>>;
const buttonClass = "self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue disabled:opacity-60";

const isRecoveryCodes = (data: unknown): data is RecoveryCodesShown => typeof data === "object" && data !== null && "recoveryCodes" in data;

/** The recovery codes, shown once, and the way on. */
function RecoveryCodes({ recoveryCodes, next }: RecoveryCodesShown) {
  const t = useTranslations("SecondFactor");
  return (
    <section aria-labelledby="recovery-codes-title" className="flex flex-col gap-3 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 id="recovery-codes-title" className="text-xl font-semibold">
        {t("codes.title")}
      </h2>
      <p>{t("codes.intro")}</p>
      <ul className="grid grid-cols-2 gap-2 font-mono text-lg" dir="ltr" data-testid="recovery-codes">
        {recoveryCodes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <a href={next} className={buttonClass}>
        {t("codes.continue")}
      </a>
    </section>
  );
}

/** Hands the success state's data to the form's owner (a child of <Form>, which holds the state). */
function OnData({ onData }: { onData: (data: unknown) => void }) {
  const { state } = useFormKit();
  const latest = useRef(onData);
  useEffect(() => {
    latest.current = onData;
  });
  useEffect(() => {
    if (state.status === "success" && state.data !== undefined) latest.current(state.data);
  }, [state]);
  return null;
}

/**
 * Every second-factor form, on the form kit: errors under their field and in the summary, what
 * was typed kept, a verified session loaded afresh (the kit's reload, so the admin layout renders
 * again with its menu). Recovery codes the server returns replace the form, shown once.
 */
function FactorForm<D>({ action, onData, id, children }: { action: FactorAction<D>; onData?: (data: D) => void; id?: string; children: ReactNode }) {
  const [codes, setCodes] = useState<RecoveryCodesShown | null>(null);
  if (codes) return <RecoveryCodes {...codes} />;
  return (
    <Form id={id} action={action} className="flex flex-col gap-2">
      <OnData onData={(data) => (isRecoveryCodes(data) ? setCodes(data) : onData?.(data as D))} />
      {children}
    </Form>
  );
}

/** The passkey's button, the target of its errors in the summary ("passkey"), and those errors. */
function PasskeyButton({ label }: { label: string }) {
  const { idOf, errorsOf, pending } = useFormKit();
  const errors = errorsOf("passkey");
  return (
    <>
      <button
        type="submit"
        id={idOf("passkey")}
        disabled={pending}
        aria-busy={pending || undefined}
        aria-describedby={`${idOf("passkey")}-error`}
        className={buttonClass}
      >
        {label}
      </button>
      <p id={`${idOf("passkey")}-error`} aria-live="polite" className="text-sm text-red-700">
        {errors?.join(" ")}
      </p>
    </>
  );
}

type Ceremony =
  | { ceremony: "register"; optionsAction: () => Promise<FormState<string, PublicKeyCredentialCreationOptionsJSON>> }
  | { ceremony: "authenticate"; optionsAction: () => Promise<FormState<string, PublicKeyCredentialRequestOptionsJSON>> };

/**
 * Adds a passkey or verifies this session with one: the server's options, the browser's ceremony,
 * and the browser's answer sent as the form's "passkey" field to the server's check.
 */
export function Passkey(props: Ceremony & { action: FactorAction; label: string }) {
  const t = useTranslations("SecondFactor");
  const run: FactorAction = async (previous, formData) => {
    const options = await props.optionsAction();
    if (options.status !== "success" || !options.data) return options;
    const answer =
      props.ceremony === "register"
        ? startRegistration({ optionsJSON: options.data as PublicKeyCredentialCreationOptionsJSON })
        : startAuthentication({ optionsJSON: options.data as PublicKeyCredentialRequestOptionsJSON });
    const response = await answer.catch(() => null);
    if (!response) return { status: "error", code: "VALIDATION", message: t("errors.browserCancelled") };
    formData.set("passkey", JSON.stringify(response));
    return props.action(previous, formData);
  };
  return (
    <FactorForm action={run}>
      <PasskeyButton label={props.label} />
    </FactorForm>
  );
}

/** A one-field code form (authenticator code, recovery code). */
export function CodeForm({
  id,
  action,
  label,
  hint,
  submitLabel,
  inputMode,
}: {
  id: string;
  action: FactorAction;
  label: string;
  hint?: string;
  submitLabel: string;
  inputMode: "numeric" | "text";
}) {
  return (
    <FactorForm id={id} action={action}>
      <Field name="code" label={label} hint={hint} dir="ltr" autoComplete="one-time-code" inputMode={inputMode} autoCapitalize="none" spellCheck={false} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </FactorForm>
  );
}

/** Authenticator-app enrolment: a new secret to add to the app, then its first code. */
export function TotpEnrol({ startAction, confirmAction }: { startAction: FactorAction<TotpSecret>; confirmAction: FactorAction }) {
  const t = useTranslations("SecondFactor");
  const [secret, setSecret] = useState<TotpSecret | null>(null);
  if (!secret) {
    return (
      <FactorForm action={startAction} onData={setSecret}>
        <SubmitButton>{t("totp.start")}</SubmitButton>
      </FactorForm>
    );
  }
  return (
    <FactorForm id="totp-confirm" action={confirmAction}>
      <p>{t("totp.addKey")}</p>
      <p className="font-mono text-lg break-all" dir="ltr" data-testid="totp-secret">
        {secret.secret.replace(/(.{4})/g, "$1 ").trim()}
      </p>
      <p>
        <a href={secret.uri} className="text-un-blue-dark underline">
          {t("totp.openInApp")}
        </a>
      </p>
      <Field name="code" label={t("totp.codeLabel")} dir="ltr" autoComplete="one-time-code" inputMode="numeric" />
      <SubmitButton>{t("totp.confirm")}</SubmitButton>
    </FactorForm>
  );
}

/** A button-only form (renew the recovery codes) whose codes replace it. */
export function ButtonForm({ action, label }: { action: FactorAction; label: string }) {
  return (
    <FactorForm action={action}>
      <SubmitButton>{label}</SubmitButton>
    </FactorForm>
  );
}
