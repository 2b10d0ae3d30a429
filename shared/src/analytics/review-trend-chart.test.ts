import { describe, expect, it } from "vitest";
import { trendChart } from "./review-trend-chart";

const size = { width: 120, height: 110, margin: { top: 5, right: 10, bottom: 5, left: 10 } };
const round = (id: string, combined: number | null) => ({ reviewId: id, closedAt: `2026-0${id}-01`, combined });

describe("trendChart", () => {
  it("spreads the rounds edge to edge and puts 0 at the bottom of the plot, 100 at the top", () => {
    const chart = trendChart([round("1", 0), round("2", 50), round("3", 100)], size);
    expect(chart.plot).toEqual({ x: 10, y: 5, width: 100, height: 100 });
    expect(chart.points.map(({ x, y }) => [x, y])).toEqual([
      [10, 105],
      [60, 55],
      [110, 5],
    ]);
    expect(chart.line).toBe("M10 105 L60 55 L110 5");
  });

  it("draws the bands at the RAG thresholds, green on top", () => {
    const { bands, ticks } = trendChart([], size);
    expect(bands).toEqual([
      { rag: "green", y: 5, height: 25 },
      { rag: "amber", y: 30, height: 25 },
      { rag: "red", y: 55, height: 50 },
    ]);
    expect(ticks.map((tick) => tick.value)).toEqual([0, 50, 75, 100]);
  });

  it("centres a lone round and draws no line through it", () => {
    const chart = trendChart([round("1", 80)], size);
    expect(chart.points).toEqual([{ reviewId: "1", closedAt: "2026-01-01", score: 80, x: 60, y: 25 }]);
    expect(chart.line).toBe("");
  });

  it("leaves a gap where a round had no score, keeping its place on the axis", () => {
    const chart = trendChart([round("1", 60), round("2", 70), round("3", null), round("4", 90)], size);
    expect(chart.points.map((point) => point.reviewId)).toEqual(["1", "2", "4"]);
    expect(chart.points.at(-1)!.x).toBe(110);
    expect(chart.line).toBe("M10 45 L43.33 35 M110 15");
  });

  it("keeps scores outside 0–100 on the plot", () => {
    const chart = trendChart([round("1", -5), round("2", 130)], size);
    expect(chart.points.map((point) => point.y)).toEqual([105, 5]);
  });
});
