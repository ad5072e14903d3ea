import { z } from "zod";
import { SessionType, Track } from "@/lib/generated/prisma/enums";
import { readsValid } from "@/lib/actions/cross-field";

const day = z.iso.date("date");
/** A Geneva time of day on the 24-hour clock ("9:30" is read as "09:30"). */
const time = z.preprocess((v) => (typeof v === "string" ? v.trim().replace(/^(\d):/, "0$1:") : v), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time"));
const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

/** A time slot: a day of the edition and Geneva wall-clock times; the end after the start. */
const slot = { day, startTime: time, endTime: time };
const endAfterStart = (v: { startTime: string; endTime: string }) => v.endTime > v.startTime;

export const roomSchema = z.object({
  name: text(200),
  capacity: z
    .union([z.literal("").transform(() => null), z.coerce.number("number").int("number").min(1, "invalid").max(100_000, "invalid")])
    .optional()
    .transform((v) => v ?? null),
});

/** One speaker per line: "Name | Title | Organisation" (title and organisation optional). */
export const speakersText = z
  .string()
  .max(10_000, "tooLong")
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(/\r?\n/)
      .map((line) => line.split("|").map((p) => p.trim()))
      .filter(([name]) => name)
      .map(([name, title, organisation]) => ({
        name: name!.slice(0, 200),
        ...(title && { title: title.slice(0, 300) }),
        ...(organisation && { organisation: organisation.slice(0, 300) }),
      })),
  );

export const sessionSchema = z
  .object({
    title: text(300),
    description: z
      .string()
      .trim()
      .max(5000, "tooLong")
      .optional()
      .transform((v) => v || null),
    track: z.enum(Track, "choice"),
    type: z.enum(SessionType, "choice"),
    roomId: z
      .string()
      .max(40)
      .optional()
      .transform((v) => v || null),
    ...slot,
    speakers: speakersText,
  })
  .refine(endAfterStart, { path: ["endTime"], message: "invalid", ...readsValid("startTime", "endTime") });
export type SessionInput = z.infer<typeof sessionSchema>;

export const placeSubmissionSchema = z
  .object({
    submissionId: z.string().min(1, "required").max(40),
    roomId: z
      .string()
      .max(40)
      .optional()
      .transform((v) => v || null),
    ...slot,
  })
  .refine(endAfterStart, { path: ["endTime"], message: "invalid", ...readsValid("startTime", "endTime") });
export type PlaceSubmissionInput = z.infer<typeof placeSubmissionSchema>;

export const publishSchema = z.object({ confirmed: z.literal("1", "required") });
export const deleteSchema = z.object({ confirmed: z.literal("1", "required") });
