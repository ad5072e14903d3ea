// Cached public pages show every visitor the same thing: the windows only an invitation's
// addressee can act on get guidance there, never a button (issue #12 item 16).
import { describe, expect, test } from "vitest";
import { actionHref, isMemberStateKind } from "@/lib/forums/links";
import { DeadlineKind } from "@/lib/generated/prisma/enums";

describe("Member-State windows", () => {
  test("the invitation reply and policy statements are Member-State windows; the consultation's are not", () => {
    const kinds = Object.values(DeadlineKind);
    expect(kinds.filter(isMemberStateKind).sort()).toEqual(["INVITATION_RESPONSE", "POLICY_STATEMENT"]);
    for (const kind of ["CONTRIBUTION", "WORKSHOP_REQUEST", "FACILITATOR_NOMINATION"] as const) {
      expect(isMemberStateKind(kind)).toBe(false);
      expect(actionHref(kind, 2027)).not.toBeNull();
    }
  });
});
