import { describe, expect, test } from "vitest";
import { accreditationRoute, changesAccreditation, isCancellableStatus, isDecidable, isEditableStatus, statusAfterSave } from "@/lib/registrations/policy";
import { genevaToday } from "@/lib/registrations/schemas";

describe("who accredits a registration", () => {
  test.each([
    [{ organisationEligible: true, claimsDelegation: false }, "AUTOMATIC"],
    [{ organisationEligible: false, claimsDelegation: false }, "SECRETARIAT"],
    [{ organisationEligible: false, claimsDelegation: true }, "FOCAL_POINT"],
    // a delegation member is the focal point's to accredit, whatever their organisation
    [{ organisationEligible: true, claimsDelegation: true }, "FOCAL_POINT"],
  ] as const)("%o -> %s", (facts, route) => {
    expect(accreditationRoute(facts)).toBe(route);
  });
});

describe("the status after the participant saves", () => {
  test.each([
    [null, "AUTOMATIC", false, "ACCREDITED"],
    [null, "SECRETARIAT", false, "PENDING"],
    [null, "FOCAL_POINT", false, "PENDING"],
    ["ACCREDITED", "SECRETARIAT", false, "ACCREDITED"],
    ["ACCREDITED", "SECRETARIAT", true, "PENDING"],
    ["ACCREDITED", "AUTOMATIC", true, "ACCREDITED"],
    ["INFO_REQUESTED", "SECRETARIAT", false, "PENDING"],
    ["PENDING", "FOCAL_POINT", true, "PENDING"],
  ] as const)("was %s, route %s, accredited facts changed %s -> %s", (previous, route, accreditedFactsChanged, expected) => {
    expect(statusAfterSave({ previous, route, accreditedFactsChanged })).toBe(expected);
  });

  test("a new name, organisation, delegation or country changes what was accredited; a job title does not", () => {
    const base = { givenNames: "Amina", familyName: "Otieno", organisationId: "o1", invitationId: null, countryCode: "KE" };
    expect(changesAccreditation(base, { ...base })).toBe(false);
    for (const change of [
      { givenNames: "Amina W." },
      { familyName: "Otieno-Smith" },
      { organisationId: "o2" },
      { invitationId: "i1" },
      { countryCode: "CH" },
    ]) {
      expect(changesAccreditation(base, { ...base, ...change })).toBe(true);
    }
  });
});

test("decisions, edits and cancellations by status", () => {
  const statuses = ["PENDING", "ACCREDITED", "INFO_REQUESTED", "REJECTED", "CANCELLED"] as const;
  expect(statuses.filter(isDecidable)).toEqual(["PENDING", "INFO_REQUESTED"]);
  expect(statuses.filter(isEditableStatus)).toEqual(["PENDING", "ACCREDITED", "INFO_REQUESTED", "CANCELLED"]);
  expect(statuses.filter(isCancellableStatus)).toEqual(["PENDING", "ACCREDITED", "INFO_REQUESTED"]);
});

test("today in Geneva turns at Geneva midnight, not UTC's", () => {
  expect(genevaToday(new Date("2030-06-30T21:59:59.999Z"))).toBe("2030-06-30");
  expect(genevaToday(new Date("2030-06-30T22:00:00.000Z"))).toBe("2030-07-01");
  expect(genevaToday(new Date("2030-12-31T22:59:59.999Z"))).toBe("2030-12-31");
  expect(genevaToday(new Date("2030-12-31T23:00:00.000Z"))).toBe("2031-01-01");
});
