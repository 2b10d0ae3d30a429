import { RAG_AMBER_FROM, RAG_GREEN_FROM, type Rag } from "./agreement-reviews";

/**
 * The geometry of an agreement's review history as a small line chart: the combined score of
 * each closed round left to right over red/amber/green bands. Pure numbers, no SVG, so the
 * agreement panel draws it with React and an exporter can draw the same chart as SVG text.
 */

export interface TrendChartInput {
  reviewId: string;
  closedAt: string;
  combined: number | null;
}

export interface TrendChartPoint {
  reviewId: string;
  closedAt: string;
  score: number;
  x: number;
  y: number;
}

export interface TrendChart {
  width: number;
  height: number;
  /** The plot area inside the margins. */
  plot: { x: number; y: number; width: number; height: number };
  /** One band per status, top (green) to bottom (red). */
  bands: { rag: Rag; y: number; height: number }[];
  /** Horizontal guides with their score, bottom to top. */
  ticks: { value: number; y: number }[];
  /** Rounds with a combined score; unscored rounds keep their slot on the x axis but get no point. */
  points: TrendChartPoint[];
  /** SVG path data through the points; a gap where a round had no score. Empty without two points in a run. */
  line: string;
}

export interface TrendChartSize {
  width: number;
  height: number;
  /** Room for the score labels on the left and a little air elsewhere. */
  margin?: { top: number; right: number; bottom: number; left: number };
}

const DEFAULT_MARGIN = { top: 6, right: 8, bottom: 6, left: 26 };
const round2 = (value: number) => Math.round(value * 100) / 100;

export function trendChart(rounds: readonly TrendChartInput[], size: TrendChartSize): TrendChart {
  const margin = size.margin ?? DEFAULT_MARGIN;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(1, size.width - margin.left - margin.right),
    height: Math.max(1, size.height - margin.top - margin.bottom),
  };
  const yOf = (score: number) => round2(plot.y + plot.height * (1 - Math.min(100, Math.max(0, score)) / 100));
  // One round sits in the middle; more spread from edge to edge.
  const xOf = (index: number) =>
    round2(rounds.length <= 1 ? plot.x + plot.width / 2 : plot.x + (plot.width * index) / (rounds.length - 1));
  const bands: TrendChart["bands"] = [
    { rag: "green", y: yOf(100), height: round2(yOf(RAG_GREEN_FROM) - yOf(100)) },
    { rag: "amber", y: yOf(RAG_GREEN_FROM), height: round2(yOf(RAG_AMBER_FROM) - yOf(RAG_GREEN_FROM)) },
    { rag: "red", y: yOf(RAG_AMBER_FROM), height: round2(yOf(0) - yOf(RAG_AMBER_FROM)) },
  ];
  const ticks = [0, RAG_AMBER_FROM, RAG_GREEN_FROM, 100].map((value) => ({ value, y: yOf(value) }));
  const points: TrendChartPoint[] = [];
  let line = "";
  let previousScored = false;
  rounds.forEach((round, index) => {
    if (round.combined === null) {
      previousScored = false;
      return;
    }
    const point = {
      reviewId: round.reviewId,
      closedAt: round.closedAt,
      score: round.combined,
      x: xOf(index),
      y: yOf(round.combined),
    };
    points.push(point);
    line += `${line === "" ? "" : " "}${previousScored ? "L" : "M"}${point.x} ${point.y}`;
    previousScored = true;
  });
  // A path of lone moves draws nothing; say so plainly.
  if (!/L/.test(line)) line = "";
  return { width: size.width, height: size.height, plot, bands, ticks, points, line };
}
