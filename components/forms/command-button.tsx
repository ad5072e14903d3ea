"use client";

import { useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { Field } from "./field";
import { Form, useFormKit, type FormAction } from "./form";
import { SubmitButton } from "./submit-button";

export interface Confirmation {
  /** the question asked before the command runs, e.g. "Withdraw this submission?" */
  prompt: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** a box the user must tick first ("I understand this cannot be undone"); the server checks it too */
  acknowledge?: { name: string; label: ReactNode };
}

/**
 * A command of one button (withdraw, send, revoke, remove) on the form kit, with an optional
 * confirmation step. The confirmation sends `confirmed=1`, which the server requires, so no
 * script can skip it.
 */
export function CommandButton({
  action,
  label,
  confirm,
  hidden,
  className,
  danger,
  unavailable,
  id,
}: {
  action: FormAction;
  /** the form's id: controls elsewhere on the page join it with form="<id>" (e.g. rows ticked in a list) */
  id?: string;
  label: string;
  confirm?: Confirmation;
  /** why the command cannot run now (e.g. nothing to send): the button is disabled and says why */
  unavailable?: string;
  /** extra fields the command sends */
  hidden?: Record<string, string>;
  className?: string;
  danger?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  return (
    <Form
      action={action}
      id={id}
      className={className ?? "flex flex-col gap-3"}
      onConfirmRequired={(submitter) => {
        if (!confirm || submitter?.getAttribute("name") === "confirmed") return true;
        setAsking(true);
        requestAnimationFrame(() => confirmButton.current?.focus());
        return false;
      }}
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <CommandBody
        label={label}
        confirm={confirm}
        unavailable={unavailable}
        danger={danger}
        asking={asking}
        onClose={() => setAsking(false)}
        confirmButton={confirmButton}
      />
    </Form>
  );
}

/**
 * The button, or the confirmation in its place. The confirmation opens on the click when the
 * browser runs JavaScript, and also when the server refused for want of it (no `confirmed`, or
 * the box not ticked): so it works without JavaScript too — the page comes back with the
 * question, the box and the confirm button — and a refusal keeps the question open with the
 * reason under the box.
 */
function CommandBody({
  label,
  confirm,
  unavailable,
  danger,
  asking,
  onClose,
  confirmButton,
}: {
  label: string;
  confirm?: Confirmation;
  unavailable?: string;
  danger?: boolean;
  asking: boolean;
  onClose: () => void;
  confirmButton: RefObject<HTMLButtonElement | null>;
}) {
  const kit = useFormKit();
  // the server's answer that opened the question, once the user has closed it
  const [dismissed, setDismissed] = useState<unknown>(null);
  const close = () => {
    onClose();
    setDismissed(kit.state);
  };
  const reasonId = `command${useId().replace(/[^\w-]+/g, "-")}`;
  const style = danger
    ? "rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
    : "rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue";
  const askedByServer = Boolean(kit.errorsOf("confirmed")?.length || (confirm?.acknowledge && kit.errorsOf(confirm.acknowledge.name)?.length));
  if (confirm && (asking || (askedByServer && !kit.pending && dismissed !== kit.state))) {
    return (
      <div
        role="alertdialog"
        aria-label={typeof confirm.prompt === "string" ? confirm.prompt : undefined}
        className="flex flex-col gap-3 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950"
      >
        <p className="font-semibold">{confirm.prompt}</p>
        {confirm.acknowledge && <Field type="checkbox" name={confirm.acknowledge.name} label={confirm.acknowledge.label} />}
        <div className="flex gap-3">
          <button ref={confirmButton} type="submit" name="confirmed" value="1" className={style} onClick={() => setTimeout(close)}>
            {confirm.confirmLabel}
          </button>
          <button type="button" className="rounded border border-zinc-500 px-4 py-2" onClick={close}>
            {confirm.cancelLabel}
          </button>
        </div>
      </div>
    );
  }
  if (unavailable) {
    return (
      <>
        <button type="button" disabled aria-describedby={`${reasonId}-reason`} className={`self-start ${style} cursor-not-allowed opacity-60`}>
          {label}
        </button>
        <p id={`${reasonId}-reason`} className="text-sm text-zinc-700">
          {unavailable}
        </p>
      </>
    );
  }
  return <SubmitButton className={`self-start ${style}`}>{label}</SubmitButton>;
}
