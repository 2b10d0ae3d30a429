import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { PeerProcess } from "../peers/peer-process";
import { median, shuffled, type Plan } from "../plan";
import type { Log } from "../server/server-bench";
import { baselineGraph } from "./baseline-graph";
import { generateBoardFile } from "./board-fixture";
import { BASELINE_DIR, buildPages } from "./builds";
import { measurePage, type PageMeasure } from "./measure-page";
import { serveStatic } from "./static-server";

export const CANVAS_PAGES = ["brownpaper", "react-flow"] as const;
export type CanvasPage = (typeof CANVAS_PAGES)[number];

export interface CanvasMeasure extends Partial<PageMeasure> {
  page: CanvasPage;
  steps: number;
  repetition: number;
  error?: string;
}

export interface CanvasSize {
  steps: number;
  lanes: number;
  flows: number;
  notes: number;
  renderMs: Record<CanvasPage, number>;
  p95FrameMs: Record<CanvasPage, number>;
  renderRatio: number;
  p95FrameRatio: number;
}

export interface CanvasResults {
  chromium: string;
  clientBuilt: boolean;
  clientError: string | null;
  measures: CanvasMeasure[];
  sizes: CanvasSize[];
  errors: string[];
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

async function createBoard(origin: string, file: unknown): Promise<string> {
  const response = await fetch(`${origin}/api/boards`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(file),
  });
  if (response.status !== 201)
    throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
  const { id, editToken } = (await response.json()) as { id: string; editToken: string };
  return `${origin}/b/${id}#token=${editToken}`;
}

/**
 * Brownpaper's board page against a bare React Flow page with the same nodes and edges, each
 * size in the same browser, pages in shuffled order, a fresh context for every load.
 */
export async function canvasBench(plan: Plan, log: Log): Promise<CanvasResults> {
  const { clientBuilt, clientError } = buildPages();
  if (clientError) log(`  client build failed, measuring the last client/dist: ${clientError.split("\n")[0]}`);
  const results: CanvasResults = {
    chromium: chromiumVersion(),
    clientBuilt,
    clientError,
    measures: [],
    sizes: [],
    errors: [],
  };
  const server = await PeerProcess.start("brownpaper");
  const baseline = await serveStatic(join(BASELINE_DIR, "dist"));
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    for (const steps of plan.canvas.steps) {
      const board = generateBoardFile(steps);
      const graph = baselineGraph(board);
      const expected = { expectedNodes: board.lanes.length + board.steps.length, expectedEdges: board.flows.length };
      const brownpaperUrl = await createBoard(`http://127.0.0.1:${server.port}`, board);
      for (let repetition = 1; repetition <= plan.canvas.repetitions; repetition++) {
        for (const page of shuffled(CANVAS_PAGES)) {
          const target =
            page === "brownpaper"
              ? { url: brownpaperUrl, ...expected }
              : { url: `${baseline.origin}/`, ...expected, init: { graph } };
          try {
            const measure = await measurePage(browser, target, plan.canvas.panFrames);
            results.measures.push({ page, steps, repetition, ...measure });
            log(
              `  ${page} ${steps} steps #${repetition}: render ${measure.renderMs.toFixed(0)} ms, frame p95 ${measure.frames.p95Ms} ms`,
            );
          } catch (error) {
            results.measures.push({ page, steps, repetition, error: (error as Error).message.split("\n")[0] });
            results.errors.push(`${page} ${steps} steps: ${(error as Error).message.split("\n")[0]}`);
          }
        }
      }
      const of = (page: CanvasPage, pick: (measure: CanvasMeasure) => number | undefined): number =>
        median(
          results.measures
            .filter((m) => m.page === page && m.steps === steps && pick(m) !== undefined)
            .map((m) => pick(m)!),
        );
      const renderMs = {
        brownpaper: of("brownpaper", (m) => m.renderMs),
        "react-flow": of("react-flow", (m) => m.renderMs),
      };
      const p95FrameMs = {
        brownpaper: of("brownpaper", (m) => m.frames?.p95Ms),
        "react-flow": of("react-flow", (m) => m.frames?.p95Ms),
      };
      results.sizes.push({
        steps,
        lanes: board.lanes.length,
        flows: board.flows.length,
        notes: board.notes.length,
        renderMs,
        p95FrameMs,
        renderRatio: renderMs.brownpaper / renderMs["react-flow"],
        p95FrameRatio: p95FrameMs.brownpaper / p95FrameMs["react-flow"],
      });
    }
  } finally {
    await browser?.close();
    await baseline.close();
    await server.stop();
    server.removeDataDir();
  }
  return results;
}
