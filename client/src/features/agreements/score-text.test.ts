import { describe, expect, it } from "vitest";
import { scoreBand, scoreText } from "./score-text";

describe("showing a service score", () => {
  it("rounds to a whole number and shows a dash when nothing is scored", () => {
    expect(scoreText(72.6)).toBe("73");
    expect(scoreText(null)).toBe("–");
  });

  it("bands scores for colour", () => {
    expect([scoreBand(null), scoreBand(85), scoreBand(60), scoreBand(59.9)]).toEqual(["none", "good", "fair", "poor"]);
  });
});
