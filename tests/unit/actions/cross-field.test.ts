// A cross-field rule is reported in the same submit as the other fields' errors (zod skips an
// object's rules once any field has an issue, unless told when to run them).
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { createEditionSchema } from "@/lib/editions/schemas";
import { profileSchema } from "@/lib/profiles/schemas";
import { regionalInputSchema } from "@/lib/submissions/kinds/regional-input";

const fields = (result: z.ZodSafeParseResult<unknown>) => (result.success ? [] : [...new Set(result.error.issues.map((i) => String(i.path[0])))].sort());

describe("every problem of a submit at once", () => {
  test("the profile's new organisation is required in the same round as the name and country", () => {
    const result = profileSchema.safeParse({
      name: "",
      stakeholderTypeCode: "CIVIL_SOCIETY",
      countryCode: "",
      preferredLanguage: "en",
      organisationChoice: "new",
      organisationName: "",
    });

    expect(fields(result)).toEqual(["countryCode", "name", "organisationName"]);
  });

  test("an edition ending before it starts is reported with a missing title", () => {
    const result = createEditionSchema.safeParse({ year: "2031", title: "", theme: "T", venue: "Geneva", startDate: "2031-05-10", endDate: "2031-05-01" });

    expect(fields(result)).toEqual(["endDate", "title"]);
  });

  test("a rule whose own fields are invalid stays silent (no second message on a field already in error)", () => {
    const result = createEditionSchema.safeParse({ year: "2031", title: "T", theme: "T", venue: "Geneva", startDate: "not a date", endDate: "2031-05-01" });

    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["startDate", "date"]]);
  });

  test("a regional input without country or region is reported with a short event name", () => {
    const result = regionalInputSchema.safeParse({
      eventName: "X",
      eventDate: "2030-01-01",
      countryCode: "",
      regionCode: "",
      organiserName: "Org",
      summary: "Summary.",
      language: "en",
    });

    expect(fields(result)).toEqual(["countryCode", "eventName"]);
  });
});
