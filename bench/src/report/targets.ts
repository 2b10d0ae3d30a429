import type { CanvasResults } from "../canvas/canvas-bench";
import type { PeerName } from "../peers/board-address";
import { canvasAt, type PeerSummary } from "./summarize";

/** A ratio that may be only a bound: when a peer outran the load generator, its real rate is higher. */
export interface Ratio {
  value: number;
  kind: "exact" | "at-least" | "at-most" | "unknown";
}

export interface TargetRow {
  what: string;
  figure: string;
  target: string;
  verdict: "met" | "MISSED" | "unknown";
}

export function formatRatio(ratio: Ratio): string {
  if (!Number.isFinite(ratio.value) || ratio.kind === "unknown") return "n/a";
  const prefix = ratio.kind === "at-least" ? "≥" : ratio.kind === "at-most" ? "≤" : "";
  return `${prefix}${ratio.value.toFixed(2)}x`;
}

/** Brownpaper's sustained rate over a reference's, as a bound when either was load-generator limited. */
export function throughputRatio(brownpaper: PeerSummary, reference: PeerSummary): Ratio {
  if (!brownpaper.ramp || !reference.ramp || reference.ramp.sustainedPerSec === 0)
    return { value: Number.NaN, kind: "unknown" };
  const value = brownpaper.ramp.sustainedPerSec / reference.ramp.sustainedPerSec;
  const kind =
    brownpaper.ramp.loadgenLimited && reference.ramp.loadgenLimited
      ? "unknown"
      : brownpaper.ramp.loadgenLimited
        ? "at-least"
        : reference.ramp.loadgenLimited
          ? "at-most"
          : "exact";
  return { value, kind };
}

export function atLeast(ratio: Ratio, target: number): TargetRow["verdict"] {
  if (!Number.isFinite(ratio.value)) return "unknown";
  if (ratio.kind === "exact") return ratio.value >= target ? "met" : "MISSED";
  if (ratio.kind === "at-most") return ratio.value < target ? "MISSED" : "unknown";
  if (ratio.kind === "at-least") return ratio.value >= target ? "met" : "unknown";
  return "unknown";
}

function atMost(value: number, target: number): TargetRow["verdict"] {
  if (!Number.isFinite(value)) return "unknown";
  return value <= target ? "met" : "MISSED";
}

const KIB = 1024;

export function targetRows(peers: Record<PeerName, PeerSummary> | null, canvas: CanvasResults | null): TargetRow[] {
  const rows: TargetRow[] = [];
  if (peers) {
    const brownpaper = peers.brownpaper;
    const vsReference = throughputRatio(brownpaper, peers["y-websocket"]);
    const vsHocuspocus = throughputRatio(brownpaper, peers.hocuspocus);
    rows.push({
      what: "throughput at p99<50ms vs y-websocket",
      figure: formatRatio(vsReference),
      target: "≥ 1.0x",
      verdict: atLeast(vsReference, 1),
    });
    rows.push({
      what: "throughput at p99<50ms vs Hocuspocus",
      figure: formatRatio(vsHocuspocus),
      target: "≥ 1.5x",
      verdict: atLeast(vsHocuspocus, 1.5),
    });
    const workshop = brownpaper.scenarios["big-workshop"];
    rows.push({
      what: "big-workshop p99 fan-out (Brownpaper)",
      figure: workshop ? `${workshop.latency.p99Ms.toFixed(1)} ms` : "n/a",
      target: "≤ 20 ms",
      verdict: workshop ? atMost(workshop.latency.p99Ms, 20) : "unknown",
    });
    const idleRatio = brownpaper.idleRssPerBoardBytes / peers["y-websocket"].idleRssPerBoardBytes;
    rows.push({
      what: "RSS per loaded idle board vs y-websocket",
      figure: `${(brownpaper.idleRssPerBoardBytes / KIB).toFixed(0)} vs ${(peers["y-websocket"].idleRssPerBoardBytes / KIB).toFixed(0)} KiB`,
      target: "≤ reference",
      verdict: atMost(idleRatio, 1),
    });
    const lost = Object.values(brownpaper.scenarios).some(
      (scenario) => !scenario.converged || scenario.missingDeliveries > 0,
    );
    rows.push({
      what: "Brownpaper converges, loses nothing",
      figure: lost ? "updates lost" : "all converged",
      target: "always",
      verdict: lost ? "MISSED" : "met",
    });
  }
  const thousand = canvasAt(canvas, 1000);
  if (canvas) {
    rows.push({
      what: "canvas first render at 1,000 steps vs React Flow",
      figure: thousand ? formatRatio({ value: thousand.renderRatio, kind: "exact" }) : "n/a",
      target: "≤ 1.5x",
      verdict: thousand ? atMost(thousand.renderRatio, 1.5) : "unknown",
    });
    rows.push({
      what: "canvas p95 frame at 1,000 steps vs React Flow",
      figure: thousand ? formatRatio({ value: thousand.p95FrameRatio, kind: "exact" }) : "n/a",
      target: "≤ 1.5x",
      verdict: thousand ? atMost(thousand.p95FrameRatio, 1.5) : "unknown",
    });
    const big = canvasAt(canvas, 3000);
    rows.push({
      what: "canvas p95 frame at 3,000 steps (Brownpaper)",
      figure:
        big && Number.isFinite(big.p95FrameMs.brownpaper)
          ? `${big.p95FrameMs.brownpaper.toFixed(1)} ms (React Flow ${big.p95FrameMs["react-flow"].toFixed(1)} ms)`
          : "n/a",
      target: "printed",
      verdict: big ? "met" : "unknown",
    });
  }
  return rows;
}

/** The bench's last line. */
export function summaryLine(peers: Record<PeerName, PeerSummary> | null, canvas: CanvasResults | null): string {
  const parts: string[] = [];
  if (peers) {
    const brownpaper = peers.brownpaper;
    for (const reference of ["y-websocket", "hocuspocus"] as const) {
      const ours = brownpaper.scenarios["big-workshop"]?.latency.p99Ms ?? Number.NaN;
      const theirs = peers[reference].scenarios["big-workshop"]?.latency.p99Ms ?? Number.NaN;
      parts.push(
        `brownpaper/${reference} throughput ${formatRatio(throughputRatio(brownpaper, peers[reference]))}, p99 ${formatRatio({ value: ours / theirs, kind: "exact" })}`,
      );
    }
  }
  const thousand = canvasAt(canvas, 1000);
  if (thousand)
    parts.push(
      `canvas overhead ${formatRatio({ value: thousand.renderRatio, kind: "exact" })} render, ${formatRatio({ value: thousand.p95FrameRatio, kind: "exact" })} p95 frame at 1,000 steps`,
    );
  return parts.join("; ");
}
