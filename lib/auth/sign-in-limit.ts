import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import { createLimiter, type Limiter, type LimiterOptions } from "@/lib/security/rate-limit";

const WINDOW = 15 * 60;

/**
 * The limits on sign-in mail. Chosen so that nobody can lock a delegate out before a deadline:
 * - per client address, any e-mail address: 30 mails in 15 minutes (a ministry behind one address
 *   may sign in many delegates at once; one attacker's address cannot send more);
 * - per e-mail address, from any client: 5 in 15 minutes;
 * - once an address is past its 5, it is "under attack" and only the requests from a client that
 *   itself asked fewer than 3 times for it in the window go through: the delegate's own browser
 *   still gets its link while somebody else floods the address.
 */
export const signInLimits = {
  perClient: { keyPrefix: "sign-in:client", points: 30, duration: WINDOW },
  perAddress: { keyPrefix: "sign-in:address", points: 5, duration: WINDOW },
  perAddressAndClient: { keyPrefix: "sign-in:address+client", points: 3, duration: WINDOW },
  /** one audit entry per address, client and reason in a window, however long the flood */
  recorded: { keyPrefix: "sign-in:blocked-recorded", points: 1, duration: WINDOW },
} satisfies Record<string, LimiterOptions>;

interface SignInLimiters {
  perClient: Limiter;
  perAddress: Limiter;
  perAddressAndClient: Limiter;
  recorded: Limiter;
}

let limiters: SignInLimiters | undefined;
const defaultLimiters = () =>
  (limiters ??= {
    perClient: createLimiter(signInLimits.perClient),
    perAddress: createLimiter(signInLimits.perAddress),
    perAddressAndClient: createLimiter(signInLimits.perAddressAndClient),
    recorded: createLimiter(signInLimits.recorded),
  });

export type SignInMailDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts a request for a sign-in mail to `email` from `client` and says whether it may be sent.
 * A refusal is recorded in the audit log ("sign_in.blocked": once per window for a client over
 * its limit, once per address and client for a flooded address), where the secretariat sees
 * which address was targeted from where.
 */
export async function checkSignInMail(email: string, client: string, use: SignInLimiters = defaultLimiters()): Promise<SignInMailDecision> {
  const byClient = await use.perClient.consume(client);
  if (!byClient.allowed) {
    await recordBlocked(use, email, client, "client");
    return { allowed: false, retryAfterSeconds: byClient.retryAfterSeconds };
  }
  const [byAddress, byPair] = await Promise.all([use.perAddress.consume(email), use.perAddressAndClient.consume(`${email} ${client}`)]);
  if (byAddress.allowed || byPair.allowed) return { allowed: true };
  await recordBlocked(use, email, client, "address");
  return { allowed: false, retryAfterSeconds: Math.min(byAddress.retryAfterSeconds, byPair.retryAfterSeconds) };
}

async function recordBlocked(use: SignInLimiters, email: string, client: string, reason: "client" | "address") {
  // a client over its own limit is recorded once whatever addresses it goes on asking for
  const key = reason === "client" ? `client ${client}` : `address ${email} ${client}`;
  if (!(await use.recorded.consume(key)).allowed) return;
  await db.$transaction((tx) =>
    recordAuditEvent(tx, { actorId: null, action: "sign_in.blocked", entity: { type: "SignIn", id: email }, data: { client, reason } }),
  );
}
