import { MINUTES_PER_DAY } from "@brownpaper/shared";

/** Units a step's times are entered in. Stored values are always minutes. */
export const DURATION_UNITS = ["min", "h", "d"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Days are working days of 8 hours (MINUTES_PER_DAY); the inspector says so next to the fields. */
export const MINUTES_PER_UNIT: Readonly<Record<DurationUnit, number>> = { min: 1, h: 60, d: MINUTES_PER_DAY };

const UNIT_WORDS: ReadonlyArray<[RegExp, DurationUnit]> = [
  [/^(m|min|mins|minute|minutes)$/, "min"],
  [/^(h|hr|hrs|hour|hours)$/, "h"],
  [/^(d|day|days)$/, "d"],
];

export type ParsedDuration = { ok: true; minutes: number | null } | { ok: false; error: string };

/**
 * Reads what someone typed into a duration field: "45" (in `unit`), "2h", "1.5 d", "1,5h",
 * "1h 30m". Empty clears the measure (minutes: null). Results are rounded to whole minutes.
 */
export function parseDuration(text: string, unit: DurationUnit): ParsedDuration {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "") return { ok: true, minutes: null };
  const parts = trimmed.match(/\d+(?:[.,]\d+)?\s*[a-z]*/g);
  if (!parts || parts.join("").replace(/\s/g, "") !== trimmed.replace(/\s/g, "")) {
    return { ok: false, error: "Type a number, like 45, 2h or 1.5d." };
  }
  let total = 0;
  for (const part of parts) {
    const [, number = "", word = ""] = part.match(/^(\d+(?:[.,]\d+)?)\s*([a-z]*)$/) ?? [];
    const value = Number(number.replace(",", "."));
    const partUnit = word === "" ? unit : UNIT_WORDS.find(([pattern]) => pattern.test(word))?.[1];
    if (partUnit === undefined) return { ok: false, error: `Unknown unit "${word}": use min, h or d.` };
    total += value * MINUTES_PER_UNIT[partUnit];
  }
  return { ok: true, minutes: Math.round(total) };
}

/** The largest unit a stored number of minutes reads naturally in (whole or one decimal). */
export function bestUnit(minutes: number): DurationUnit {
  if (minutes >= MINUTES_PER_DAY && isTidy(minutes / MINUTES_PER_DAY)) return "d";
  if (minutes >= 60 && isTidy(minutes / 60)) return "h";
  return "min";
}

function isTidy(value: number): boolean {
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The number to put in a field showing `minutes` in `unit`: "90" min → "1.5" h. */
export function durationInUnit(minutes: number, unit: DurationUnit): string {
  return String(round1(minutes / MINUTES_PER_UNIT[unit]));
}
