import { signOutAction } from "@/lib/auth/actions";
import type { Locale } from "@/lib/i18n/locales";

export function SignOutButton({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={signOutAction.bind(null, locale)}>
      <button type="submit" className="rounded border border-white/70 px-2 py-1 hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
