import { describe, expect, it } from "vitest";
import { scoreBand, scoreText, trendText } from "./score-text";

describe("showing a service score", () => {
  it("rounds to a whole number and shows a dash when nothing is scored", () => {
    expect(scoreText(72.6)).toBe("73");
    expect(scoreText(null)).toBe("–");
  });

  it("bands scores for colour", () => {
    expect([scoreBand(null), scoreBand(75), scoreBand(74.9), scoreBand(50), scoreBand(49.9)]).toEqual([
      "none",
      "good",
      "fair",
      "fair",
      "poor",
    ]);
  });

  it("says a trend with its sign, and nothing without one", () => {
    expect(trendText(4.6)).toBe("+5 since the round before");
    expect(trendText(-12.2)).toBe("−12 since the round before");
    expect(trendText(0.3)).toBe("no change since the round before");
    expect(trendText(null)).toBe("");
  });
});
