"use client";

import { useActionState, useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { startAuthentication, startRegistration, type PublicKeyCredentialCreationOptionsJSON, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle } from "@/lib/actions/form-state";
import type { FactorState } from "@/lib/second-factor/actions";

type Options<T> = () => Promise<{ ok: true; options: T } | { ok: false; message: string }>;
const buttonClass = "self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue disabled:opacity-60";

/** The recovery codes, shown once, and the way on. */
export function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  const t = useTranslations("SecondFactor");
  return (
    <section aria-labelledby="recovery-codes-title" className="flex flex-col gap-3 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 id="recovery-codes-title" className="text-xl font-semibold">{t("codes.title")}</h2>
      <p>{t("codes.intro")}</p>
      <ul className="grid grid-cols-2 gap-2 font-mono text-lg" dir="ltr" data-testid="recovery-codes">
        {codes.map((c) => <li key={c}>{c}</li>)}
      </ul>
      <a href={next} className={buttonClass}>{t("codes.continue")}</a>
    </section>
  );
}

/** A verified session loads the page it came for afresh, so the admin layout renders again with its menu. */
function useGoOnWhenVerified(state: FactorState) {
  useEffect(() => {
    if (state.status === "verified") window.location.assign(state.next);
  }, [state]);
}

function Failure({ message }: { message: string | null }) {
  return message ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{message}</p> : null;
}

/** Adds a passkey: the server's options, the browser's ceremony, the server's check. */
export function PasskeyEnrol({ optionsAction, registerAction }: { optionsAction: Options<PublicKeyCredentialCreationOptionsJSON>; registerAction: (response: unknown) => Promise<FactorState> }) {
  const t = useTranslations("SecondFactor");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [codes, setCodes] = useState<{ codes: string[]; next: string } | null>(null);
  if (codes) return <RecoveryCodes codes={codes.codes} next={codes.next} />;
  const run = () =>
    start(async () => {
      setMessage(null);
      const options = await optionsAction();
      if (!options.ok) return setMessage(options.message);
      const response = await startRegistration({ optionsJSON: options.options }).catch(() => null);
      if (!response) return setMessage(t("errors.browserCancelled"));
      const state = await registerAction(response);
      if (state.status === "codes") setCodes({ codes: state.recoveryCodes, next: state.next });
      else if (state.status === "verified") window.location.assign(state.next);
      else if (state.status === "error") setMessage(state.message);
    });
  return (
    <div className="flex flex-col gap-2">
      <button type="button" onClick={run} disabled={pending} aria-busy={pending || undefined} className={buttonClass}>{t("passkey.add")}</button>
      <Failure message={message} />
    </div>
  );
}

/** Verifies this session with one of the member's passkeys. */
export function PasskeyVerify({ optionsAction, verifyAction }: { optionsAction: Options<PublicKeyCredentialRequestOptionsJSON>; verifyAction: (response: unknown) => Promise<FactorState> }) {
  const t = useTranslations("SecondFactor");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      setMessage(null);
      const options = await optionsAction();
      if (!options.ok) return setMessage(options.message);
      const response = await startAuthentication({ optionsJSON: options.options }).catch(() => null);
      if (!response) return setMessage(t("errors.browserCancelled"));
      const state = await verifyAction(response);
      if (state.status === "verified") window.location.assign(state.next);
      else if (state.status === "error") setMessage(state.message);
    });
  return (
    <div className="flex flex-col gap-2">
      <button type="button" onClick={run} disabled={pending} aria-busy={pending || undefined} className={buttonClass}>{t("passkey.use")}</button>
      <Failure message={message} />
    </div>
  );
}

/** A one-field code form (authenticator code, recovery code) that keeps what was typed after an error. */
export function CodeForm({ id, action, label, hint, submitLabel, inputMode }: {
  id: string;
  action: (prev: FactorState, formData: FormData) => Promise<FactorState>;
  label: string;
  hint?: string;
  submitLabel: string;
  inputMode: "numeric" | "text";
}) {
  const [state, formAction] = useActionState<FactorState, FormData>(action, idle);
  useGoOnWhenVerified(state);
  const echoed = state.status === "error" ? state.values?.code : undefined;
  const error = state.status === "error" ? (state.fieldErrors?.code ?? [state.message]) : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <label htmlFor={id} className="font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-zinc-600">{hint}</p>}
      <input
        id={id}
        name="code"
        dir="ltr"
        autoComplete="one-time-code"
        inputMode={inputMode}
        defaultValue={typeof echoed === "string" ? echoed : ""}
        key={typeof echoed === "string" ? echoed : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ")}
        className="max-w-xs rounded border border-zinc-500 bg-white px-3 py-2 font-mono aria-[invalid]:border-red-700"
      />
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">{error?.join(" ")}</p>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

/** Authenticator-app enrolment: a new secret to add to the app, then its first code. */
export function TotpEnrol({ startAction, confirmAction }: {
  startAction: (prev: FactorState, formData: FormData) => Promise<FactorState>;
  confirmAction: (prev: FactorState, formData: FormData) => Promise<FactorState>;
}) {
  const t = useTranslations("SecondFactor");
  const [started, startForm] = useActionState(startAction, idle);
  const [confirmed, confirmForm] = useActionState(confirmAction, idle);
  useGoOnWhenVerified(confirmed);
  if (confirmed.status === "codes") return <RecoveryCodes codes={confirmed.recoveryCodes} next={confirmed.next} />;
  if (started.status !== "totp-secret") {
    return (
      <form action={startForm} className="flex flex-col gap-2">
        <SubmitButton>{t("totp.start")}</SubmitButton>
        {started.status === "error" && <FormMessage state={started} />}
      </form>
    );
  }
  const error = confirmed.status === "error" ? (confirmed.fieldErrors?.code ?? [confirmed.message]) : undefined;
  const echoed = confirmed.status === "error" ? confirmed.values?.code : undefined;
  return (
    <form action={confirmForm} className="flex flex-col gap-2" noValidate>
      <p>{t("totp.addKey")}</p>
      <p className="font-mono text-lg break-all" dir="ltr" data-testid="totp-secret">{started.secret.replace(/(.{4})/g, "$1 ").trim()}</p>
      <p><a href={started.uri} className="text-un-blue-dark underline">{t("totp.openInApp")}</a></p>
      <label htmlFor="totp-confirm" className="font-medium">{t("totp.codeLabel")}</label>
      <input
        id="totp-confirm"
        name="code"
        dir="ltr"
        autoComplete="one-time-code"
        inputMode="numeric"
        defaultValue={typeof echoed === "string" ? echoed : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby="totp-confirm-error"
        className="max-w-xs rounded border border-zinc-500 bg-white px-3 py-2 font-mono aria-[invalid]:border-red-700"
      />
      <p id="totp-confirm-error" aria-live="polite" className="text-sm text-red-700">{error?.join(" ")}</p>
      <SubmitButton>{t("totp.confirm")}</SubmitButton>
    </form>
  );
}

/** A button-only form (remove a factor, renew the codes) with its outcome. */
export function ButtonForm({ action, label, showCodes }: { action: (prev: FactorState, formData: FormData) => Promise<FactorState>; label: string; showCodes?: boolean }) {
  const [state, formAction] = useActionState(action, idle);
  if (showCodes && state.status === "codes") return <RecoveryCodes codes={state.recoveryCodes} next={state.next} />;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <SubmitButton>{label}</SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
