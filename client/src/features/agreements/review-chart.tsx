import { trendChart } from "@brownpaper/shared/src/analytics/review-trend-chart";
import type { ReviewScore } from "@brownpaper/shared";

const WIDTH = 260;
const HEIGHT = 90;

/** The combined score of each closed round as a small line over the red/amber/green bands. */
export function ReviewChart({ reviews }: { reviews: readonly ReviewScore[] }) {
  const chart = trendChart(reviews, { width: WIDTH, height: HEIGHT });
  const scored = chart.points.map((point) => `${point.closedAt.slice(0, 10)}: ${Math.round(point.score)}`);
  const label =
    scored.length === 0
      ? "No scored review round yet."
      : `Service score per review round, oldest first: ${scored.join(", ")}.`;
  return (
    <svg
      className="review-chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={label}
      data-testid="review-chart"
      data-points={chart.points.length}
    >
      {chart.bands.map((band) => (
        <rect
          key={band.rag}
          className={`review-chart__band review-chart__band--${band.rag}`}
          x={chart.plot.x}
          y={band.y}
          width={chart.plot.width}
          height={band.height}
        />
      ))}
      {chart.ticks.map((tick) => (
        <text key={tick.value} className="review-chart__tick" x={chart.plot.x - 4} y={tick.y} dy="0.32em">
          {tick.value}
        </text>
      ))}
      {chart.line !== "" && <path className="review-chart__line" d={chart.line} />}
      {chart.points.map((point) => (
        <circle key={point.reviewId} className="review-chart__point" cx={point.x} cy={point.y} r={3}>
          <title>{`${point.closedAt.slice(0, 10)}: ${Math.round(point.score)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
