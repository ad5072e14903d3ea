import type { CurrentUser } from "./session";

/** The secretariat's powers need a session that passed the second factor; other roles need none. */
export const needsSecondFactor = (user: CurrentUser) => user.role === "SECRETARIAT" && user.secondFactorVerified !== true;

/** A secretariat member whose session passed the second factor: what any staff-only read or write asks. */
export const isVerifiedSecretariat = (user: CurrentUser | null | undefined): boolean => user?.role === "SECRETARIAT" && user.secondFactorVerified === true;
