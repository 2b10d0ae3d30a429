import { describe, expect, it } from "vitest";
import { formatDuration, formatPercent, stepMeasuresLine } from "./measure-text";

describe("measures as text", () => {
  it("formats compactly, with 8-hour days", () => {
    expect(formatDuration(0)).toBe("0m");
    expect(formatDuration(45)).toBe("45m");
    expect(formatDuration(90)).toBe("1.5h");
    expect(formatDuration(960)).toBe("2d");
    expect(formatDuration(500)).toBe("1d");
  });

  it("rounds a percentage to one decimal", () => {
    expect(formatPercent(80)).toBe("80%");
    expect(formatPercent(100 / 3)).toBe("33.3%");
  });

  it("sums up a step's measures in one line, leaving out what is missing", () => {
    expect(stepMeasuresLine({ processTime: 30, leadTime: 960, pctCompleteAccurate: 80 })).toBe("PT 30m · LT 2d · 80%");
    expect(stepMeasuresLine({ leadTime: 120 })).toBe("LT 2h");
    expect(stepMeasuresLine({ pctCompleteAccurate: 33.33 })).toBe("33.3%");
    expect(stepMeasuresLine({})).toBe("");
  });
});
