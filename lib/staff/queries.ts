import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";

export interface StaffMember {
  id: string;
  email: string;
  name: string | null;
  since: Date;
  activeSessions: number;
}

/** The secretariat members. */
export async function listStaff(_secretariat: Secretariat): Promise<StaffMember[]> {
  const now = new Date();
  const rows = await db.user.findMany({
    where: { role: "SECRETARIAT", disabledAt: null },
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, createdAt: true, _count: { select: { sessions: { where: { expires: { gt: now } } } } } },
  });
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, since: r.createdAt, activeSessions: r._count.sessions }));
}
