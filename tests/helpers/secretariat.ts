import type { Secretariat } from "@/lib/auth/session";

/**
 * Tests that call an admin service or query directly stand in for requireSecretariat(), the only
 * mint of the `Secretariat` context in the application: this user, of the test database, with
 * the SECRETARIAT role. (The pages and actions that reach these services are covered, with the
 * real check, by tests/integration/authorization.test.ts and the e2e suite.)
 */
export function asSecretariat(user: { id: string; email: string; name: string | null }): Secretariat {
  return { id: user.id, email: user.email, name: user.name, role: "SECRETARIAT" } as Secretariat;
}
