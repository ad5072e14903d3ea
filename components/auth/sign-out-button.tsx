"use client";

import { signOut } from "next-auth/react";

/** Signs out (Auth.js's own sign-out, with its CSRF check) and opens `redirectTo`, a path on this site. */
export function SignOutButton({ label, redirectTo }: { label: string; redirectTo: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ redirectTo })}
      className="self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue"
    >
      {label}
    </button>
  );
}
