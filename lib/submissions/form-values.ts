// A stored submission as the values of its form (the same field names the schemas read).
import type { OwnSubmission } from "./queries";

type Values = Record<string, string | string[]>;

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

export function formValuesOf(s: OwnSubmission): Values {
  const common: Values = { language: s.language, actionLines: s.actionLines, sdgs: s.sdgs };
  switch (s.kind) {
    case "CONTRIBUTION":
      return { ...common, topic: s.topic ?? "", title: s.title, summary: s.summary, body: s.body };
    case "FACILITATOR_NOMINATION":
      return {
        ...common,
        nomineeName: s.title,
        nomineeEmail: str(s.details.nomineeEmail),
        nomineeOrganisation: str(s.details.nomineeOrganisation),
        stakeholderTypeCode: str(s.details.stakeholderTypeCode),
        countryCode: s.countryCode ?? "",
        biography: s.body,
        motivation: s.summary,
      };
    default: {
      const values: Values = {
        ...common,
        title: s.title,
        body: s.body,
        format: str(s.details.format),
        durationMinutes: str(s.details.durationMinutes),
        preferredDay: str(s.details.preferredDay),
        bindingConfirmed: s.bindingConfirmedAt ? "on" : "",
      };
      for (const p of s.participants) {
        const prefix = p.role === "LEAD_ORGANISER" ? "lead.0" : p.role === "CO_ORGANISER" ? `coOrganisers.${p.position}` : `speakers.${p.position}`;
        Object.assign(values, {
          [`${prefix}.name`]: p.name,
          [`${prefix}.organisationName`]: p.organisationName,
          [`${prefix}.stakeholderTypeCode`]: p.stakeholderTypeCode,
          ...(p.role === "SPEAKER" ? { [`${prefix}.gender`]: str(p.gender), [`${prefix}.attendance`]: str(p.attendance) } : { [`${prefix}.countryCode`]: str(p.countryCode) }),
        });
      }
      return values;
    }
  }
}
