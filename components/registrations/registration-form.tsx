"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import { Form, useFormKit, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { MAX_PHOTO_BYTES, PHOTO_ACCEPT } from "@/lib/registrations/policy";

/** What the form is filled with: the stored registration, else the profile (and a delegation's roster). */
export interface RegistrationFormValues {
  givenNames: string;
  familyName: string;
  honorific: string;
  jobTitle: string;
  organisationId: string;
  stakeholderTypeCode: string;
  countryCode: string;
  gender: string;
  attendance: string;
  accessibilityNeeds: string;
  delegationState: string;
  delegationMemberId: string;
  interestReason: string;
  priorParticipation: string;
  visaRequested: boolean;
  nationality: string;
  passportNumber: string;
  passportExpiry: string;
  dateOfBirth: string;
  swissRepresentation: string;
  letterLanguage: string;
}

export interface RegistrationFormProps {
  action: FormAction;
  current: RegistrationFormValues;
  /** the stored photo's address, when there is one */
  photoUrl: string | null;
  /** a registration exists already: the button says "save" */
  existing: boolean;
  organisations: Option[];
  eligibleOrganisationIds: string[];
  stakeholderTypes: Option[];
  countries: Option[];
  nationalities: Option[];
  delegations: Option[];
  /** the labelled values of the enums the form offers */
  honorifics: Option[];
  genders: Option[];
  attendances: Option[];
  letterLanguages: Option[];
  /** the roster's State when the participant came from a delegation's invitation (the choice is fixed) */
  prefilledDelegation: string | null;
  retentionDays: number;
  privacyNotice: ReactNode;
  profileHref: string;
}

export function RegistrationForm(props: RegistrationFormProps) {
  return (
    <Form action={props.action} id="registration" className="flex max-w-3xl flex-col gap-6">
      <RegistrationFields {...props} />
    </Form>
  );
}

const section = "flex flex-col gap-4 rounded border border-zinc-300 p-4";
const legend = "px-1 text-lg font-semibold";

function RegistrationFields(props: RegistrationFormProps) {
  const { current } = props;
  const t = useTranslations("Registration");
  const { value } = useFormKit();
  const [organisationId, setOrganisationId] = useState(() => value("organisationId", current.organisationId));
  const [delegation, setDelegation] = useState(() => value("delegationState", current.delegationState));
  const asksInterest = !delegation && !props.prefilledDelegation && !props.eligibleOrganisationIds.includes(organisationId);

  return (
    <>
      <fieldset className={section}>
        <legend className={legend}>{t("personal")}</legend>
        <Field type="select" name="honorific" required label={t("honorific")} placeholder={t("choose")} options={props.honorifics} stored={current.honorific} />
        <Field name="givenNames" required autoComplete="given-name" label={t("givenNames")} hint={t("namesHint")} stored={current.givenNames} maxLength={100} />
        <Field name="familyName" required autoComplete="family-name" label={t("familyName")} stored={current.familyName} maxLength={100} />
        <Field name="jobTitle" autoComplete="organization-title" label={t("jobTitle")} stored={current.jobTitle} maxLength={200} />
        <Field
          type="select"
          name="organisationId"
          required
          label={t("organisation")}
          placeholder={t("choose")}
          options={props.organisations}
          stored={current.organisationId}
          onChange={setOrganisationId}
          hint={
            <>
              {t("organisationHint")}{" "}
              <a href={props.profileHref} className="text-un-blue-dark underline">
                {t("profileLink")}
              </a>
            </>
          }
        />
        <Field
          type="select"
          name="stakeholderTypeCode"
          required
          label={t("stakeholderType")}
          placeholder={t("choose")}
          options={props.stakeholderTypes}
          stored={current.stakeholderTypeCode}
        />
        <Field
          type="select"
          name="countryCode"
          required
          label={t("country")}
          placeholder={t("choose")}
          options={props.countries}
          stored={current.countryCode}
        />
        <Field type="radio" name="gender" required label={t("gender")} options={props.genders} stored={current.gender} />
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("attendanceTitle")}</legend>
        <Field type="radio" name="attendance" required label={t("attendance")} options={props.attendances} stored={current.attendance} />
        <Field
          type="textarea"
          name="accessibilityNeeds"
          rows={3}
          label={t("accessibilityNeeds")}
          hint={t("accessibilityHint")}
          stored={current.accessibilityNeeds}
        />
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("delegationTitle")}</legend>
        {props.prefilledDelegation ? (
          <>
            <p>
              {t("delegationPrefilled", {
                state: String(props.delegations.find((d) => d.value === props.prefilledDelegation)?.label ?? props.prefilledDelegation),
              })}
            </p>
            <input type="hidden" name="delegationState" value={props.prefilledDelegation} />
            <input type="hidden" name="delegationMemberId" value={current.delegationMemberId} />
          </>
        ) : (
          <Field
            type="select"
            name="delegationState"
            label={t("delegationState")}
            hint={t("delegationHint")}
            placeholder={t("delegationNone")}
            options={props.delegations}
            stored={current.delegationState}
            onChange={setDelegation}
          />
        )}
      </fieldset>

      <PhotoField photoUrl={props.photoUrl} />

      {asksInterest && (
        <fieldset className={section}>
          <legend className={legend}>{t("interestTitle")}</legend>
          <p className="text-sm text-zinc-700">{t("interestHint")}</p>
          <Field
            type="textarea"
            name="interestReason"
            required
            rows={5}
            label={t("interestReason")}
            hint={t("interestReasonHint")}
            stored={current.interestReason}
          />
          <Field
            type="radio"
            name="priorParticipation"
            required
            label={t("priorParticipation")}
            options={[
              { value: "yes", label: t("yes") },
              { value: "no", label: t("no") },
            ]}
            stored={current.priorParticipation}
          />
        </fieldset>
      )}

      <fieldset className={section}>
        <legend className={legend}>{t("visaTitle")}</legend>
        <Field
          type="checkbox"
          name="visaRequested"
          label={t("visaRequested")}
          hint={t("visaHint", { days: props.retentionDays })}
          stored={current.visaRequested}
        />
        <Field type="select" name="nationality" label={t("nationality")} placeholder={t("choose")} options={props.nationalities} stored={current.nationality} />
        <Field
          name="passportNumber"
          label={t("passportNumber")}
          stored={current.passportNumber}
          maxLength={20}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
        />
        <Field type="date" name="passportExpiry" label={t("passportExpiry")} stored={current.passportExpiry} />
        <Field type="date" name="dateOfBirth" label={t("dateOfBirth")} stored={current.dateOfBirth} autoComplete="bday" />
        <Field
          name="swissRepresentation"
          label={t("swissRepresentation")}
          hint={t("swissRepresentationHint")}
          stored={current.swissRepresentation}
          maxLength={200}
        />
        <Field type="radio" name="letterLanguage" label={t("letterLanguage")} options={props.letterLanguages} stored={current.letterLanguage || "EN"} />
      </fieldset>

      <section aria-labelledby="privacy-title" className={section}>
        <h2 id="privacy-title" className={legend}>
          {t("privacyTitle")}
        </h2>
        {props.privacyNotice}
        <Field type="checkbox" name="privacyConsent" required label={t("privacyConsent")} />
      </section>

      <SubmitButton>{props.existing ? t("save") : t("submit")}</SubmitButton>
    </>
  );
}

/**
 * The badge photo: JPEG or PNG, at most 5 MB. A larger file is refused here, before it is sent
 * (the server would refuse it too, and the proxy refuses any request over 6 MB), with the error
 * under the field and nothing else of the form touched.
 */
function PhotoField({ photoUrl }: { photoUrl: string | null }) {
  const t = useTranslations("Registration");
  const { idOf, errorsOf } = useFormKit();
  const [tooLarge, setTooLarge] = useState(false);
  const id = idOf("photo");
  const shown = tooLarge ? [t("photoTooLargeHere")] : errorsOf("photo");
  return (
    <fieldset className={section}>
      <legend className={legend}>{t("photoTitle")}</legend>
      {photoUrl && (
        <div className="flex flex-wrap items-end gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- a private, per-user image: not for the image optimiser */}
          <img src={photoUrl} alt={t("currentPhoto")} width={120} height={160} className="rounded border border-zinc-300" />
          <Field type="checkbox" name="keepPhoto" label={t("keepPhoto")} stored />
        </div>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">
          {t("photo")}
        </label>
        <p id={`${id}-hint`} className="text-sm text-zinc-600">
          {t("photoHint")}
        </p>
        <input
          id={id}
          name="photo"
          type="file"
          accept={PHOTO_ACCEPT}
          aria-invalid={shown?.length ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          className="text-sm"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            const over = Boolean(file && file.size > MAX_PHOTO_BYTES);
            if (over) e.currentTarget.value = "";
            setTooLarge(over);
          }}
        />
        <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
          {shown?.join(" ")}
        </p>
      </div>
    </fieldset>
  );
}
