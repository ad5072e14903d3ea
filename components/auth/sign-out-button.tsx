"use client";

import { SignOutForm } from "./sign-out-form";

/** Signs out and opens `redirectTo`, a path on this site (with or without JavaScript: SignOutForm). */
export function SignOutButton({ label, redirectTo }: { label: string; redirectTo: string }) {
  return (
    <SignOutForm label={label} redirectTo={redirectTo} className="self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue" />
  );
}
