"use client";

import { useEffect, useRef, useState } from "react";
import { Field } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";

export interface CheckInLabels {
  desk: string;
  deskHint: string;
  code: string;
  codeHint: string;
  submit: string;
  cameraStart: string;
  cameraStop: string;
  cameraView: string;
  cameraScanning: string;
  cameraUnavailable: string;
}

const FORM_ID = "check-in";
const codeInput = () => document.getElementById(`${FORM_ID}-code`) as HTMLInputElement | null;

/**
 * The desk's form: the desk's name and the badge code. A hand-held scanner types the code into the
 * focused field and presses Enter; the camera scanner fills the same field and submits the form,
 * so every scan goes through the same server action. After each check-in the page comes back
 * with the card of the badge's holder and this form afresh (its `key`), focused on the code.
 */
export function CheckInForm({ action, desk, labels }: { action: FormAction; desk: string; labels: CheckInLabels }) {
  useEffect(() => codeInput()?.focus(), []);
  return (
    <Form id={FORM_ID} action={action} className="flex max-w-xl flex-col gap-4">
      <Field name="desk" label={labels.desk} hint={labels.deskHint} required stored={desk} maxLength={60} autoComplete="off" />
      <Field
        name="code"
        label={labels.code}
        hint={labels.codeHint}
        required
        maxLength={200}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        dir="ltr"
      />
      <SubmitButton>{labels.submit}</SubmitButton>
      <CameraScanner labels={labels} />
    </Form>
  );
}

type Controls = { stop: () => void };

/** ZXing's errors after which its scan loop tries the next frame (its own `getKind()` names). */
const retried = new Set(["NotFoundException", "ChecksumException", "FormatException"]);

/**
 * Scans QR codes with the device camera (ZXing's JavaScript decoder, @zxing/browser: no
 * WebAssembly and nothing fetched from elsewhere, so it works offline under the page's CSP).
 * The camera is allowed for this page only (Permissions-Policy camera=(self), next.config.ts).
 */
function CameraScanner({ labels }: { labels: CheckInLabels }) {
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<Controls | null>(null);
  const [state, setState] = useState<"off" | "on" | "unavailable">("off");

  // whether the desk wants the camera on (a restart after an error must not outlive a stop)
  const wanted = useRef(false);
  useEffect(
    () => () => {
      wanted.current = false;
      controls.current?.stop();
    },
    [],
  );

  async function start() {
    wanted.current = true;
    controls.current?.stop();
    // the video is shown before the camera starts: ZXing waits for the video to play, and a hidden
    // video element may never start (the desk's first click then seemed to do nothing)
    setState("on");
    try {
      const { BrowserQRCodeReader } = await import("@zxing/browser");
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
      let sent = false;
      const started = await reader.decodeFromVideoDevice(undefined, video.current!, (result, error, c) => {
        // ZXing keeps scanning after "no code in this frame" (and a misread one); any other error
        // ends its loop for good (e.g. a frame read before the camera gave its size): start again
        if (error && !retried.has((error as { getKind?: () => string }).getKind?.() ?? "")) {
          c.stop();
          window.setTimeout(() => wanted.current && void start(), 300);
          return;
        }
        if (!result || sent) return;
        const input = codeInput();
        if (!input) return;
        sent = true;
        c.stop();
        input.value = result.getText();
        input.form?.requestSubmit();
      });
      if (wanted.current) controls.current = started;
      else started.stop(); // stopped while the camera was starting
    } catch {
      if (wanted.current) setState("unavailable");
    }
  }

  function stop() {
    wanted.current = false;
    controls.current?.stop();
    controls.current = null;
    setState("off");
  }

  return (
    <div className="flex flex-col gap-2">
      {state === "on" ? (
        <button type="button" onClick={stop} className="self-start rounded border border-un-blue-dark px-4 py-2 font-semibold text-un-blue-dark">
          {labels.cameraStop}
        </button>
      ) : (
        <button type="button" onClick={start} className="self-start rounded border border-un-blue-dark px-4 py-2 font-semibold text-un-blue-dark">
          {labels.cameraStart}
        </button>
      )}
      <p role="status" className="text-sm text-zinc-700">
        {state === "on" ? labels.cameraScanning : state === "unavailable" ? labels.cameraUnavailable : ""}
      </p>
      <video
        ref={video}
        aria-label={labels.cameraView}
        muted
        playsInline
        className={state === "on" ? "w-full max-w-md rounded border border-zinc-400" : "hidden"}
      />
    </div>
  );
}
