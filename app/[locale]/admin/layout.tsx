import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { isVerifiedSecretariat } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";

// The admin menu appears only for a secretariat session that passed the second factor: anyone
// else gets the page alone (which refuses them, or is the second-factor page). This is UX: every
// admin page, query and action checks access itself (requireRole("SECRETARIAT")), as layouts do
// not re-run on every navigation.
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  const user = await getCurrentUser();
  if (!isVerifiedSecretariat(user)) return <div>{children}</div>;
  return (
    <div>
      <AdminNav locale={locale} />
      {children}
    </div>
  );
}
