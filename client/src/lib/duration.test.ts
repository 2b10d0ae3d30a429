import { describe, expect, it } from "vitest";
import { bestUnit, durationInUnit, parseDuration } from "./duration";

describe("reading a typed duration", () => {
  it("takes a bare number in the field's unit", () => {
    expect(parseDuration("45", "min")).toEqual({ ok: true, minutes: 45 });
    expect(parseDuration("2", "h")).toEqual({ ok: true, minutes: 120 });
    expect(parseDuration("1.5", "d")).toEqual({ ok: true, minutes: 720 });
  });

  it("lets a typed unit win over the field's unit, with a decimal comma too", () => {
    expect(parseDuration("2h", "min")).toEqual({ ok: true, minutes: 120 });
    expect(parseDuration("1,5 h", "d")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("3 days", "min")).toEqual({ ok: true, minutes: 3 * 480 });
  });

  it("adds up several parts", () => {
    expect(parseDuration("1h 30m", "d")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("1d 2h", "min")).toEqual({ ok: true, minutes: 600 });
  });

  it("clears the measure when the field is emptied", () => {
    expect(parseDuration("   ", "h")).toEqual({ ok: true, minutes: null });
  });

  it("explains what it cannot read", () => {
    expect(parseDuration("soon", "h")).toEqual({ ok: false, error: "Type a number, like 45, 2h or 1.5d." });
    expect(parseDuration("-5", "h").ok).toBe(false);
    expect(parseDuration("2 weeks", "h")).toEqual({ ok: false, error: 'Unknown unit "weeks": use min, h or d.' });
  });

  it("rounds to whole minutes", () => {
    expect(parseDuration("0.3", "min")).toEqual({ ok: true, minutes: 0 });
    expect(parseDuration("0.01", "h")).toEqual({ ok: true, minutes: 1 });
  });
});

describe("showing a stored duration", () => {
  it("picks the largest unit that reads as a tidy number", () => {
    expect(bestUnit(45)).toBe("min");
    expect(bestUnit(90)).toBe("h");
    expect(bestUnit(960)).toBe("d");
    expect(bestUnit(961)).toBe("min");
    expect(durationInUnit(90, "h")).toBe("1.5");
    expect(durationInUnit(720, "d")).toBe("1.5");
  });
});
