"use client";

import type { ReactNode } from "react";
import { Field } from "./field";
import { useFormKit } from "./form";

/**
 * A box the server asks for before it goes on ("the reply-by date has passed: create it
 * anyway?"). Hidden until the server refuses with an error on `name` (the error, under the box,
 * says why); once ticked it stays, so the next submit carries it.
 */
export function ConfirmWhenAsked({ name, label }: { name: string; label: ReactNode }) {
  const kit = useFormKit();
  if (!kit.errorsOf(name)?.length && !kit.checked(name)) return null;
  return (
    <div className="rounded border border-amber-500 bg-amber-50 p-3 text-amber-950">
      <Field type="checkbox" name={name} label={label} />
    </div>
  );
}
