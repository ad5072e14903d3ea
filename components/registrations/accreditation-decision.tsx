"use client";

import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";

/**
 * The secretariat's three decisions on one registration of the queue: accredit (with the badge
 * category), reject with a reason, or ask for information. Each is its own form; the reason and
 * the question are mailed to the participant.
 */
export function AccreditationDecision({
  accredit,
  reject,
  requestInfo,
  categories,
  category,
}: {
  accredit: FormAction;
  reject: FormAction;
  requestInfo: FormAction;
  categories: Option[];
  category: string;
}) {
  const t = useTranslations("AccreditationQueue");
  const box = "flex flex-col gap-2 rounded border border-zinc-300 p-3";
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <Form action={accredit} className={box}>
        <Field type="select" name="category" required label={t("category")} options={categories} stored={category} />
        <SubmitButton>{t("accredit")}</SubmitButton>
      </Form>
      <Form action={reject} className={box}>
        <Field type="textarea" name="reason" required rows={2} label={t("reason")} />
        <SubmitButton className="self-start rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">{t("reject")}</SubmitButton>
      </Form>
      <Form action={requestInfo} className={box}>
        <Field type="textarea" name="reason" required rows={2} label={t("question")} />
        <SubmitButton className="self-start rounded border border-zinc-600 px-4 py-2 font-semibold hover:bg-zinc-50">{t("requestInfo")}</SubmitButton>
      </Form>
    </div>
  );
}
