import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { asLocale } from "@/lib/i18n/params";

// Navigation only. Access is checked by every admin page, query and action itself
// (requireRole("SECRETARIAT")), never here: layouts do not re-run on every navigation.
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  return (
    <div>
      <AdminNav locale={locale} />
      {children}
    </div>
  );
}
