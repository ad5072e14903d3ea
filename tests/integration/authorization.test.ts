// Every server action, admin page and admin/export route handler, discovered from the file
// system, refuses a signed-out visitor, a delegate and a stakeholder. A new action is either
// refused to them too, or listed in `openToParticipants` with the reason: otherwise this fails.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const auth = vi.fn();
vi.mock("@/lib/auth/auth", () => ({ auth: () => auth(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
// next-auth's own modules do not load outside Next (they import "next/server" without an extension)
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, default: vi.fn() }));
// next-intl's navigation (Link, redirect) does not load outside Next either; pages are refused before they render links
vi.mock("@/lib/i18n/navigation", () => ({ Link: () => null, redirect: vi.fn(), usePathname: vi.fn(), useRouter: vi.fn(), getPathname: vi.fn() }));
// next-intl's server functions need Next's request context; the same translations, without it
vi.mock("next-intl/server", async () => ({
  ...(await import("../helpers/next-edges").then((m) => m.intlServer())),
  setRequestLocale: () => undefined,
  getLocale: async () => "en",
}));
// server actions are told apart from pages by Next's "next-action" request header
const asAction = vi.hoisted(() => ({ on: false }));
vi.mock("next/headers", async (original) => {
  const real = await original<typeof import("next/headers")>();
  return { ...real, headers: async () => (asAction.on ? new Headers({ "next-action": "authz" }) : real.headers()) };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: vi.fn() }));

const root = path.resolve(__dirname, "../..");

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");

/** Modules whose first statement is "use server": every export is a server action. */
const actionModules = walk(path.join(root, "lib"))
  .concat(walk(path.join(root, "app")))
  .filter((f) => /\.tsx?$/.test(f) && /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(f, "utf8")))
  .map(rel)
  .sort();
const adminPages = walk(path.join(root, "app/[locale]/admin"))
  .filter((f) => f.endsWith("/page.tsx"))
  .map(rel)
  .sort();
const guardedRoutes = walk(path.join(root, "app"))
  .filter((f) => f.endsWith("/route.ts") && /\/admin\/|export/.test(rel(f)))
  .map(rel)
  .sort();

/**
 * Actions that delegates or stakeholders may legitimately call, with why. They authorise the
 * resource themselves (their own submission, invitation, post); their own tests prove that.
 * `visitor: false` marks the ones that are public on purpose.
 */
const openToParticipants: Record<string, { reason: string; visitor: boolean }> = {
  "lib/auth/actions.ts#signInAction": { reason: "asking for a magic link is public (rate-limited)", visitor: false },
  "lib/auth/actions.ts#confirmSignInAction": { reason: "the mailed link's button: the token is the credential (Origin checked)", visitor: false },
  "lib/auth/actions.ts#signInWithCodeAction": { reason: "the mailed code: the code is the credential (5 attempts, Origin checked)", visitor: false },
  "lib/auth/actions.ts#signOutAction": {
    reason: "signing out ends the caller's own session, if any (a form for before hydration and without JavaScript)",
    visitor: false,
  },
  "lib/profiles/actions.ts#saveProfileAction": { reason: "a user edits their own profile", visitor: true },
  "lib/submissions/actions.ts#saveContributionAction": { reason: "stakeholders draft and submit their own contributions", visitor: true },
  "lib/submissions/actions.ts#saveWorkshopAction": { reason: "stakeholders draft and submit their own workshop requests", visitor: true },
  "lib/submissions/actions.ts#saveNominationAction": { reason: "stakeholders draft and submit their own nominations", visitor: true },
  "lib/submissions/actions.ts#withdrawSubmissionAction": { reason: "a submitter withdraws their own submission", visitor: true },
  "lib/meetings/actions.ts#registerForMeetingAction": { reason: "stakeholders register for consultation meetings", visitor: true },
  "lib/meetings/actions.ts#cancelMeetingRegistrationAction": { reason: "a registrant cancels their own registration", visitor: true },
  "lib/meetings/actions.ts#changeMeetingModeAction": { reason: "a registrant changes how they attend", visitor: true },
  "lib/registrations/actions.ts#saveRegistrationAction": { reason: "a participant registers for the Forum and edits their own registration", visitor: true },
  "lib/registrations/actions.ts#cancelRegistrationAction": { reason: "a participant cancels their own Forum registration", visitor: true },
  "lib/discussions/actions.ts#createPostAction": { reason: "participants post in the online discussions", visitor: true },
  "lib/discussions/actions.ts#editPostAction": { reason: "an author edits their own post", visitor: true },
  "lib/discussions/actions.ts#reportPostAction": { reason: "participants report posts to moderators", visitor: true },
  "lib/invitations/actions/delegate.ts#markViewedAction": {
    reason: "the invited delegate opens their own invitation (without a session it does nothing)",
    visitor: false,
  },
  "lib/invitations/actions/delegate.ts#saveDelegationAction": { reason: "the invited delegate confirms and names the delegation", visitor: true },
  "lib/invitations/actions/delegate.ts#declineAction": { reason: "the invited delegate declines", visitor: true },
  "lib/policy-statements/actions.ts#requestStatementAction": { reason: "the invited delegate asks to deliver a policy statement", visitor: true },
  "lib/policy-statements/actions.ts#submitStatementAction": { reason: "the invited delegate submits the statement's text", visitor: true },
  "lib/registrations/focal-point-actions.ts#decideAsFocalPointAction": {
    reason: "a Member State's focal point accredits its own delegation's members (the service checks the delegation is theirs)",
    visitor: true,
  },
};

const sessions = {
  visitor: null,
  delegate: { user: { id: "authz-delegate", email: "authz-delegate@example.org", name: "Delegate", role: "DELEGATE" } },
  stakeholder: { user: { id: "authz-stakeholder", email: "authz-stakeholder@example.org", name: "Stakeholder", role: "STAKEHOLDER" } },
} as const;
type Who = keyof typeof sessions;

/** How a call ended: a thrown Next interrupt (its digest), a returned FormState, or a Response. */
async function outcome(call: () => unknown): Promise<string> {
  try {
    const result = await call();
    if (result instanceof Response) return `status:${result.status}`;
    if (result && typeof result === "object" && "status" in result && (result as { status: unknown }).status === "error")
      return `state:${(result as { code?: string }).code}`;
    return `returned:${JSON.stringify(result)?.slice(0, 200)}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    return digest ? `digest:${digest}` : `threw:${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
  }
}

const refusedAs = (who: Who, result: string) =>
  who === "visitor"
    ? /^digest:NEXT_REDIRECT;[a-z]+;\/en\/sign-in/.test(result) || result === "status:401" || result === "state:UNAUTHENTICATED"
    : result === "digest:NEXT_HTTP_ERROR_FALLBACK;403" || result === "status:403" || result === "state:FORBIDDEN" || result === "state:NOT_FOUND";

const idle = { status: "idle" };
/** Stands for any bound id or target: reads as a string, and as an object with the usual keys. */
const dummy = Object.assign(new String("authz-dummy-id"), { submissionId: "authz-dummy-id", year: 2020, kind: "CONTRIBUTION" });
/** Arguments for any action signature: (locale, ...bound ids, prevState, formData) or (locale, ...ids). */
function argumentsFor(fn: (...args: unknown[]) => unknown, withForm: boolean): unknown[] {
  const n = Math.max(fn.length, 1);
  const form = new FormData();
  form.set("confirmed", "1");
  return Array.from({ length: n }, (_, i) => {
    if (i === 0) return "en";
    if (withForm && i === n - 1) return form;
    if (withForm && i === n - 2) return idle;
    return dummy;
  });
}

interface Discovered {
  id: string;
  fn: (...args: unknown[]) => unknown;
}
const actions: Discovered[] = [];

beforeAll(async () => {
  for (const file of actionModules) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") actions.push({ id: `${file}#${name}`, fn: value as Discovered["fn"] });
    }
  }
}, 120_000);

const actionWithoutForm = /(withdraw|cancelMeeting|markViewed|hidePost|closeTopic|signOut)/i;
const pageParams = () => {
  const params = new Proxy({ locale: "en", year: "2020" } as Record<string, string>, {
    get: (t, k) => (typeof k === "string" ? (t[k] ?? "authz-dummy-id") : undefined),
  });
  return {
    params: Promise.resolve({
      ...params,
      id: params.id,
      campaignId: params.campaignId,
      invitationId: params.invitationId,
      slug: params.slug,
      dataset: params.dataset,
    }),
    searchParams: Promise.resolve({}),
  };
};

/** Calls every discovered action not skipped; returns those not refused (`id -> outcome`) and how many were called. */
async function sweepActions(skip: (id: string) => boolean, refused: (result: string) => boolean) {
  const failures: string[] = [];
  let checked = 0;
  for (const a of actions) {
    if (skip(a.id)) continue;
    checked++;
    const result = await outcome(() => a.fn(...argumentsFor(a.fn, !actionWithoutForm.test(a.id))));
    if (!refused(result)) failures.push(`${a.id} -> ${result}`);
  }
  return { failures, checked };
}

/** Renders each admin page; returns those not refused. */
async function sweepPages(files: string[], refused: (result: string) => boolean) {
  const failures: string[] = [];
  for (const file of files) {
    const page = ((await import(/* @vite-ignore */ path.join(root, file))) as { default: (props: unknown) => unknown }).default;
    const result = await outcome(() => page(pageParams()));
    if (!refused(result)) failures.push(`${file} -> ${result}`);
  }
  return failures;
}

/** Calls every method of every admin and export route handler; returns those not refused. */
async function sweepRoutes(refused: (result: string) => boolean) {
  const failures: string[] = [];
  for (const file of guardedRoutes) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const handler = mod[method];
      if (typeof handler !== "function") continue;
      const request = new Request(`http://localhost/en/${file}?edition=2020&format=csv`, { method });
      const result = await outcome(() =>
        (handler as (r: Request, c: unknown) => unknown)(request, {
          params: Promise.resolve({ locale: "en", dataset: "invitations", id: "authz-dummy-id", year: "2020" }),
        }),
      );
      if (!refused(result)) failures.push(`${file} ${method} -> ${result}`);
    }
  }
  return failures;
}

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});

describe("discovery", () => {
  test("finds the server action modules, the admin pages and the admin route handlers", () => {
    expect(actionModules).toEqual(expect.arrayContaining(["lib/reviews/actions.ts", "lib/staff/actions.ts", "lib/auth/actions.ts"]));
    expect(adminPages).toEqual(
      expect.arrayContaining(["app/[locale]/admin/page.tsx", "app/[locale]/admin/audit/page.tsx", "app/[locale]/admin/submissions/[id]/page.tsx"]),
    );
    expect(guardedRoutes).toEqual(expect.arrayContaining(["app/[locale]/admin/exports/[dataset]/route.ts"]));
    expect(actions.length).toBeGreaterThan(20);
  });

  test("every action is an async function, and every allow-listed one still exists", () => {
    for (const a of actions) expect(a.fn.constructor.name, a.id).toBe("AsyncFunction");
    const ids = new Set(actions.map((a) => a.id));
    expect(Object.keys(openToParticipants).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe.each(Object.keys(sessions) as Who[])("as a %s", (who) => {
  beforeAll(() => auth.mockImplementation(async () => sessions[who]));
  const refused = (result: string) => refusedAs(who, result);

  test("every server action not open to participants refuses", async () => {
    const open = (id: string) => !!openToParticipants[id] && (who !== "visitor" || !openToParticipants[id].visitor);
    const { failures, checked } = await sweepActions(open, refused);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(25);
  }, 120_000);

  test("every admin page refuses", async () => {
    expect(await sweepPages(adminPages, refused)).toEqual([]);
    expect(adminPages.length).toBeGreaterThan(15);
  }, 120_000);

  test("every admin and export route handler refuses", async () => {
    expect(await sweepRoutes(refused)).toEqual([]);
  }, 120_000);
});

/**
 * A secretariat member whose session has not passed the second factor reaches nothing of the
 * secretariat's but the second-factor page and its own actions: pages send them there, actions and
 * route handlers answer 403.
 */
describe("as a secretariat member whose session has not passed the second factor", () => {
  const unverified = { user: { id: "authz-staff", email: "authz-staff@example.org", name: "Staff", role: "SECRETARIAT", secondFactorVerified: false } };
  const secondFactorModule = "lib/second-factor/actions.ts";
  beforeAll(() => auth.mockImplementation(async () => unverified));

  test("every secretariat server action refuses with 403", async () => {
    asAction.on = true;
    try {
      const skip = (id: string) => !!openToParticipants[id] || id.startsWith(`${secondFactorModule}#`);
      const { failures, checked } = await sweepActions(
        skip,
        (r) => r === "digest:NEXT_HTTP_ERROR_FALLBACK;403" || r === "status:403" || r === "state:FORBIDDEN",
      );
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(25);
    } finally {
      asAction.on = false;
    }
  }, 120_000);

  test("every admin page but the second-factor page sends them to the second-factor page", async () => {
    const pages = adminPages.filter((f) => !f.includes("/second-factor/"));
    expect(await sweepPages(pages, (r) => /^digest:NEXT_REDIRECT;[a-z]+;\/en\/admin\/second-factor\?callbackUrl=%2Fen%2Fadmin/.test(r))).toEqual([]);
  }, 120_000);

  test("every admin and export route handler answers 403", async () => {
    expect(await sweepRoutes((r) => r === "status:403")).toEqual([]);
  }, 120_000);
});
