import { describe, expect, test } from "vitest";
import { cancellationBlocker, hasFreeSeat, registrationBlocker } from "@/lib/meetings/policy";

const start = new Date("2030-04-10T12:30:00Z");
const meeting = { startsAt: start, cancelledAt: null, registrationClosesAt: null, remoteAvailable: true };
const window = { opensAt: new Date("2030-02-01T08:00:00Z"), closesAt: new Date("2030-04-01T00:00:00Z"), modificationClosesAt: null, extended: false };
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe("registrationBlocker", () => {
  test("the edition's window applies: 1 ms before opening, at closing", () => {
    expect(registrationBlocker(meeting, window, "IN_PERSON", ms(window.opensAt, -1))).toBe("NOT_OPEN_YET");
    expect(registrationBlocker(meeting, window, "IN_PERSON", window.opensAt)).toBeNull();
    expect(registrationBlocker(meeting, window, "IN_PERSON", ms(window.closesAt, -1))).toBeNull();
    expect(registrationBlocker(meeting, window, "IN_PERSON", window.closesAt)).toBe("DEADLINE_PASSED");
  });

  test("the meeting's own closing (by default its start) applies even with a longer window", () => {
    const long = { ...window, closesAt: ms(start, 86_400_000) };
    expect(registrationBlocker(meeting, long, "REMOTE", ms(start, -1))).toBeNull();
    expect(registrationBlocker(meeting, long, "REMOTE", start)).toBe("DEADLINE_PASSED");
    expect(registrationBlocker({ ...meeting, registrationClosesAt: ms(start, -3600_000) }, long, "REMOTE", ms(start, -3600_000))).toBe("DEADLINE_PASSED");
  });

  test("cancelled meetings and unavailable remote participation are refused", () => {
    expect(registrationBlocker({ ...meeting, cancelledAt: window.opensAt }, window, "IN_PERSON", window.opensAt)).toBe("INVALID_STATE");
    expect(registrationBlocker({ ...meeting, remoteAvailable: false }, window, "REMOTE", window.opensAt)).toBe("VALIDATION");
  });
});

test("seats and cancellation", () => {
  expect(hasFreeSeat(3, 2)).toBe(true);
  expect(hasFreeSeat(3, 3)).toBe(false);
  expect(hasFreeSeat(null, 500)).toBe(true);
  expect(cancellationBlocker({ startsAt: start }, ms(start, -1))).toBeNull();
  expect(cancellationBlocker({ startsAt: start }, start)).toBe("DEADLINE_PASSED");
});
