// Who may register for a consultation meeting, and when. Pure functions of an injected `now`.
import type { ErrorCode } from "@/lib/actions/errors";
import type { RegistrationMode } from "@/lib/generated/prisma/enums";
import { windowBlocker } from "@/lib/deadlines/policy";
import type { Window, WindowTiming } from "@/lib/deadlines/types";

export interface MeetingState {
  startsAt: Date;
  cancelledAt: Date | null;
  registrationClosesAt: Date | null;
  remoteAvailable: boolean;
}

/**
 * Why the party may not register now, or null. Both limits apply: the edition's meeting
 * registration window (an extension may widen it) and the meeting's own closing (by default its
 * start: registering for a meeting that has begun makes no sense, whatever the window says).
 */
export function registrationBlocker(meeting: MeetingState, window: WindowTiming | null, mode: RegistrationMode, now: Date): ErrorCode | null {
  if (meeting.cancelledAt) return "INVALID_STATE";
  if (mode === "REMOTE" && !meeting.remoteAvailable) return "VALIDATION";
  if (window) {
    const blocker = windowBlocker(window, now);
    if (blocker) return blocker;
  }
  const own = meeting.registrationClosesAt ?? meeting.startsAt;
  return now.getTime() < own.getTime() ? null : "DEADLINE_PASSED";
}

/**
 * The meeting's own registration window as the party sees it: the edition's window (with any
 * extension), closed at the meeting's own closing if that comes first. A page shows this, not
 * the edition's window (a meeting on 8 December is not open until March).
 */
export function meetingWindow(meeting: Pick<MeetingState, "startsAt" | "registrationClosesAt">, window: Window | null): Window | null {
  if (!window) return null;
  const own = meeting.registrationClosesAt ?? meeting.startsAt;
  return own.getTime() < window.closesAt.getTime() ? { ...window, closesAt: own, extended: false } : window;
}

/** A registration may be cancelled until the meeting starts. */
export const cancellationBlocker = (meeting: Pick<MeetingState, "startsAt">, now: Date): ErrorCode | null =>
  now.getTime() < meeting.startsAt.getTime() ? null : "DEADLINE_PASSED";

/** Whether a meeting's connection details exist: then the registration mail carries them, else it says they will follow. */
export const hasRemoteDetails = (details: string | null): details is string => details !== null && details.trim() !== "";

/** In-person seats are limited (null capacity: unlimited); remote attendance never is. */
export const hasFreeSeat = (capacity: number | null, takenInPerson: number) => capacity === null || takenInPerson < capacity;
