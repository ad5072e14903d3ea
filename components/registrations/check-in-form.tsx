"use client";

import { useEffect, useRef, useState } from "react";
import { Field } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import type { CameraScan } from "./qr-camera";

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

/**
 * Scans QR codes with the device camera (./qr-camera.ts, loaded when the desk starts it). The
 * camera is allowed for this page only (Permissions-Policy camera=(self), next.config.ts).
 */
function CameraScanner({ labels }: { labels: CheckInLabels }) {
  const video = useRef<HTMLVideoElement>(null);
  const scan = useRef<CameraScan | null>(null);
  const [state, setState] = useState<"off" | "on" | "unavailable">("off");

  // whether the desk wants the camera on (a stop while the camera is starting must win)
  const wanted = useRef(false);
  useEffect(
    () => () => {
      wanted.current = false;
      scan.current?.stop();
    },
    [],
  );

  async function start() {
    wanted.current = true;
    scan.current?.stop();
    // the video is shown before the camera starts: a hidden video element may never play
    setState("on");
    try {
      const { startQrCamera } = await import("./qr-camera");
      const started = await startQrCamera(video.current!, (text) => {
        // the camera has stopped itself: say so, so that after a refused code (another edition's
        // badge, a forged one) the desk can start it again for the next badge
        wanted.current = false;
        scan.current = null;
        setState("off");
        const input = codeInput();
        if (!input) return;
        input.value = text;
        input.form?.requestSubmit();
      });
      if (wanted.current) scan.current = started;
      else started.stop(); // stopped while the camera was starting
    } catch {
      if (wanted.current) setState("unavailable");
    }
  }

  function stop() {
    wanted.current = false;
    scan.current?.stop();
    scan.current = null;
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
