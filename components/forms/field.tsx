"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ChosenFileAgain } from "./chosen-file";
import { useFormKit } from "./form";

export interface Option {
  value: string;
  label: ReactNode;
}

const control = "rounded border border-zinc-500 bg-white px-3 py-2 aria-[invalid]:border-red-700 disabled:bg-zinc-100";

type Common = {
  /** the form name; rows: `members[k3].email` */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** shown under the control, beside the hint (e.g. a live word counter) */
  extra?: ReactNode;
};

type Text = Common & {
  type?: "text" | "email" | "number" | "date" | "time" | "datetime-local" | "url" | "tel" | "search";
  stored?: string | null;
} & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    "maxLength" | "autoComplete" | "autoCapitalize" | "spellCheck" | "dir" | "inputMode" | "min" | "max" | "step" | "placeholder" | "onChange"
  >;
type TextArea = Common & {
  type: "textarea";
  stored?: string | null;
  rows?: number;
  maxLength?: number;
  dir?: "ltr" | "rtl" | "auto";
  onChange?: (value: string) => void;
  /** the language of the text typed (e.g. a statement in Arabic on an English page) */ lang?: string;
};
type Select = Common & { type: "select"; stored?: string | null; options: Option[]; placeholder?: string; onChange?: (value: string) => void };
type Radios = Common & { type: "radio"; stored?: string | null; options: Option[]; onChange?: (value: string) => void };
type Checkbox = Common & { type: "checkbox"; stored?: boolean; value?: string };
type Checkboxes = Common & { type: "checkboxes"; stored?: string[]; options: Option[] };
type File = Common & { type: "file"; accept?: string };

export type FieldProps = Text | TextArea | Select | Radios | Checkbox | Checkboxes | File;

/**
 * The one field of the form kit: a label, the control, a hint, and the field's errors tied to
 * it (aria-invalid, aria-describedby, a live region). It sits in a <Form>, from which it takes
 * its id, its errors and what to show: what the user sent when the form comes back, else
 * `stored`. Groups (radios, checkbox lists) are a fieldset whose legend is the label.
 */
export function Field(props: FieldProps) {
  const kit = useFormKit();
  const t = useTranslations("Form");
  const id = kit.idOf(props.name);
  const errors = kit.errorsOf(props.name);
  const invalid = errors?.length ? true : undefined;
  const describedBy = [props.hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  const hint = props.hint ? (
    <p id={`${id}-hint`} className="text-sm text-zinc-600">
      {props.hint}
    </p>
  ) : null;
  const error = (
    <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
      {errors?.join(" ")}
    </p>
  );
  const required = props.required ? <span className="text-sm font-normal text-zinc-600"> ({t("required")})</span> : null;

  if (props.type === "radio" || props.type === "checkboxes") {
    const chosen = props.type === "radio" ? [kit.value(props.name, props.stored)] : kit.list(props.name, props.stored);
    return (
      <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} aria-invalid={invalid} className="flex flex-col gap-1">
        <legend className="font-medium">
          {props.label}
          {required}
        </legend>
        {hint}
        <div className="flex flex-wrap gap-x-5 gap-y-1">
          {props.options.map((option) => (
            <label key={option.value} className="flex items-center gap-2">
              <input
                type={props.type === "radio" ? "radio" : "checkbox"}
                name={props.name}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
                disabled={props.disabled}
                onChange={props.type === "radio" && props.onChange ? (e) => props.onChange!(e.currentTarget.value) : undefined}
              />
              {option.label}
            </label>
          ))}
        </div>
        {props.extra}
        {error}
      </fieldset>
    );
  }

  if (props.type === "checkbox") {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="flex items-center gap-2">
          <input
            id={id}
            type="checkbox"
            name={props.name}
            value={props.value ?? "on"}
            defaultChecked={kit.checked(props.name, props.stored)}
            disabled={props.disabled}
            aria-invalid={invalid}
            aria-describedby={describedBy}
          />
          <span>
            {props.label}
            {required}
          </span>
        </label>
        {hint}
        {props.extra}
        {error}
      </div>
    );
  }

  let input: ReactNode;
  if (props.type === "select") {
    const { onChange } = props;
    input = (
      <select
        id={id}
        name={props.name}
        defaultValue={kit.value(props.name, props.stored)}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={control}
        onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (props.type === "textarea") {
    const { onChange } = props;
    input = (
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        dir={props.dir ?? "auto"}
        lang={props.lang}
        defaultValue={kit.value(props.name, props.stored)}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={`${control} min-h-24`}
        onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined}
      />
    );
  } else if (props.type === "file") {
    input = (
      <>
        <input
          id={id}
          type="file"
          name={props.name}
          accept={props.accept}
          required={props.required}
          disabled={props.disabled}
          aria-invalid={invalid}
          aria-describedby={`${describedBy} ${id}-again`}
          className={control}
        />
        <ChosenFileAgain name={props.name} inputId={id} />
      </>
    );
  } else {
    const { maxLength, autoComplete, autoCapitalize, spellCheck, dir, inputMode, min, max, step, placeholder, onChange } = props;
    // A browser's time and date-time inputs show the clock of its own locale ("02:00 PM"): times
    // are typed as text on the 24-hour clock everywhere, as the schedule shows them
    // ("2027-03-01 17:00"; the server also reads the datetime-local form "2027-03-01T17:00").
    const clock =
      props.type === "time"
        ? ({ type: "text", inputMode: "numeric", pattern: "([01]?[0-9]|2[0-3]):[0-5][0-9]", maxLength: 5, autoComplete: "off", dir: "ltr", size: 6 } as const)
        : props.type === "datetime-local"
          ? ({
              type: "text",
              pattern: "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T]([01]?[0-9]|2[0-3]):[0-5][0-9]",
              maxLength: 16,
              autoComplete: "off",
              dir: "ltr",
              size: 17,
              placeholder: "2027-03-01 17:00",
            } as const)
          : null;
    const shown = kit.value(props.name, props.stored);
    input = (
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.type === "datetime-local" ? shown.replace(/^(\d{4}-\d{2}-\d{2})T/, "$1 ") : shown}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={control}
        {...{ maxLength, autoComplete, autoCapitalize, spellCheck, dir, inputMode, min, max, step, placeholder, onChange }}
        {...clock}
      />
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {props.label}
        {required}
      </label>
      {hint}
      {input}
      {props.extra}
      {error}
    </div>
  );
}
