import type { CanvasResults } from "../canvas/canvas-bench";
import { PEER_NAMES, type PeerName } from "../peers/board-address";
import type { ChurnPhaseResult } from "../server/churn-phase";
import type { RampResult } from "../server/ramp";
import type { PeerSummary } from "./summarize";
import type { Table } from "./table";
import type { TargetRow } from "./targets";

const MIB = 2 ** 20;
const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : "n/a");
const pct = (share: number): string => `${Math.round(share * 100)} %`;
const kib = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(0)} KiB` : "n/a");

export function scenarioTable(peers: Record<PeerName, PeerSummary>): Table {
  const rows: string[][] = [];
  for (const scenario of ["big-workshop", "many-teams"]) {
    for (const name of PEER_NAMES) {
      const summary = peers[name].scenarios[scenario];
      if (!summary) continue;
      rows.push([
        scenario,
        name,
        ms(summary.latency.p50Ms),
        ms(summary.latency.p95Ms),
        ms(summary.latency.p99Ms),
        ms(summary.latency.maxMs),
        `${Math.round(summary.achievedPerSec)}/${summary.offeredPerSec}`,
        ms(summary.peerEventLoopP99Ms),
        kib(summary.rssPerLoadedBoardBytes),
        summary.converged && summary.missingDeliveries === 0 ? "yes" : `NO (${summary.missingDeliveries} lost)`,
        summary.loadgenSaturated ? "saturated" : "ok",
        `${pct(summary.foreignCpu)}/${pct(summary.iowait)}`,
      ]);
    }
  }
  return {
    title: "Fan-out latency (ms, send → applied by each other client) and sustained edits/s",
    headers: [
      "scenario",
      "server",
      "p50",
      "p95",
      "p99",
      "max",
      "edits/s",
      "loop p99",
      "RSS/board busy",
      "converged",
      "load gen",
      "other CPU/iowait",
    ],
    rows,
  };
}

export function peerTable(peers: Record<PeerName, PeerSummary>): Table {
  return {
    title: "Capacity, memory and cold load",
    headers: [
      "server",
      "sustained edits/s (p99<50ms)",
      "RSS per idle board",
      "cold load 5k (1 update)",
      "cold load 5k (5k updates)",
    ],
    rows: PEER_NAMES.map((name) => {
      const peer = peers[name];
      const ramp = peer.ramp
        ? `${peer.ramp.loadgenLimited ? "≥ " : ""}${peer.ramp.sustainedPerSec}${peer.ramp.converged ? "" : " (NOT CONVERGED)"}`
        : "n/a";
      return [
        name,
        ramp,
        kib(peer.idleRssPerBoardBytes),
        peer.cold ? `${ms(peer.cold.singleMs)} ms` : "n/a",
        peer.cold ? `${ms(peer.cold.separateMs)} ms` : "n/a",
      ];
    }),
  };
}

export function rampTable(ramps: Partial<Record<PeerName, RampResult | null>>): Table {
  const rows: string[][] = [];
  for (const name of PEER_NAMES) {
    for (const step of ramps[name]?.steps ?? []) {
      rows.push([
        name,
        String(step.run.offeredPerSec),
        String(Math.round(step.run.achievedPerSec)),
        ms(step.run.latency.p99Ms),
        ms(step.peerEventLoopP99Ms),
        ms(step.run.sendLagP95Ms),
        `${Math.round(step.run.loadgenCpu * 100)} %`,
        step.sustained ? "sustained" : (step.miss ?? ""),
        step.loadgenBound ? "saturated" : "ok",
        `${pct(step.noise.foreignCpu)}/${pct(step.noise.iowait)}`,
      ]);
    }
  }
  return {
    title: "Ramp (many-teams boards, rising rate; a failed rate is tried twice)",
    headers: [
      "server",
      "offered/s",
      "achieved/s",
      "p99 ms",
      "server loop p99",
      "send lag p95",
      "load gen CPU",
      "verdict",
      "load gen",
      "other CPU/iowait",
    ],
    rows,
  };
}

export function churnTable(churn: ChurnPhaseResult): Table {
  return {
    title: `Churn (Brownpaper, ROOM_UNLOAD_DELAY_MS=${churn.unloadDelayMs})`,
    headers: [
      "cycles",
      "boards",
      "failed",
      "seconds",
      "RSS before",
      "after first 10 %",
      "peak",
      "after unload",
      "growth since warm",
    ],
    rows: [
      [
        String(churn.cycles),
        String(churn.boards),
        String(churn.failures),
        (churn.ms / 1000).toFixed(1),
        `${(churn.rssBeforeBytes / MIB).toFixed(1)} MiB`,
        `${(churn.rssWarmBytes / MIB).toFixed(1)} MiB`,
        `${(churn.rssPeakBytes / MIB).toFixed(1)} MiB`,
        `${(churn.rssAfterBytes / MIB).toFixed(1)} MiB`,
        `${(churn.growthSinceWarmBytes / MIB).toFixed(1)} MiB`,
      ],
    ],
  };
}

export function canvasTable(canvas: CanvasResults): Table {
  return {
    title: "Canvas: Brownpaper's board page vs a bare React Flow page (median ms)",
    headers: ["steps", "lanes", "flows", "render BP", "render RF", "ratio", "p95 frame BP", "p95 frame RF", "ratio"],
    rows: canvas.sizes.map((size) => [
      String(size.steps),
      String(size.lanes),
      String(size.flows),
      ms(size.renderMs.brownpaper),
      ms(size.renderMs["react-flow"]),
      `${size.renderRatio.toFixed(2)}x`,
      ms(size.p95FrameMs.brownpaper),
      ms(size.p95FrameMs["react-flow"]),
      `${size.p95FrameRatio.toFixed(2)}x`,
    ]),
  };
}

export function targetTable(rows: TargetRow[]): Table {
  return {
    title: "Targets",
    headers: ["target", "figure", "goal", "verdict"],
    rows: rows.map((row) => [row.what, row.figure, row.target, row.verdict]),
  };
}
