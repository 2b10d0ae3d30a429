import type { Browser, Page } from "playwright-core";
import { median } from "../plan";

export interface FrameStats {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface PageMeasure {
  /** From navigation start to the first frame after every expected node and edge is in the DOM (see measurePage). */
  renderMs: number;
  /** requestAnimationFrame intervals during the scripted pan and zoom. */
  frames: FrameStats;
}

export interface PageTarget {
  url: string;
  expectedNodes: number;
  expectedEdges: number;
  /** Runs before the page's own scripts (the baseline reads its graph from here). */
  init?: { graph: unknown };
}

const VIEWPORT = { width: 1440, height: 900 };

function frameStats(deltas: number[]): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (percent: number): number => sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)] ?? 0;
  const round = (value: number): number => Math.round(value * 100) / 100;
  return {
    count: sorted.length,
    p50Ms: round(median(sorted)),
    p95Ms: round(at(95)),
    p99Ms: round(at(99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/** A point on the canvas where a drag pans: on the pane or a lane, not on a step, panel or minimap. */
async function panPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const flow = document.querySelector(".react-flow")!.getBoundingClientRect();
    for (let fy = 0.3; fy < 0.8; fy += 0.05) {
      for (let fx = 0.3; fx < 0.8; fx += 0.03) {
        const x = flow.left + flow.width * fx;
        const y = flow.top + flow.height * fy;
        const element = document.elementFromPoint(x, y);
        if (
          element?.closest(".react-flow") &&
          !element.closest(".nopan, .react-flow__panel, .react-flow__edge, button, input")
        )
          return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error("found no empty spot to pan from");
  return point;
}

/** Pans across the map and zooms out and back in, as someone finding their way would. */
async function panAndZoom(page: Page, frames: number): Promise<void> {
  const start = await panPoint(page);
  const moves = Math.round(frames / 2);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    const t = i / moves;
    await page.mouse.move(start.x - 500 * Math.sin(t * Math.PI), start.y - 200 * Math.sin(t * Math.PI * 2));
  }
  await page.mouse.up();
  const wheels = Math.round(frames / 4);
  for (let i = 0; i < wheels; i++) {
    await page.mouse.wheel(0, i < wheels / 2 ? 120 : -120);
    await page.waitForTimeout(16);
  }
}

/** Opens `target` in a fresh context (cold cache), times the first full render, then pans and zooms. */
export async function measurePage(browser: Browser, target: PageTarget, panFrames: number): Promise<PageMeasure> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    // tsx compiles the functions handed to the page with esbuild's name helper; give the page one.
    await context.addInitScript("globalThis.__name = (target) => target;");
    const page = await context.newPage();
    if (target.init)
      await page.addInitScript((graph) => Object.assign(window, { __BENCH_GRAPH__: graph }), target.init.graph);
    await page.goto(target.url);
    // First full render ends at the first animation frame after the one in which the DOM first
    // holds every expected node and edge: by then that frame has been styled, laid out and
    // painted. Stopping at the frame that first holds them would leave its rendering out, which
    // is most of the work for a page that draws nodes and edges in one pass (Brownpaper's steps
    // arrive measured) and little for one that drew its nodes a frame earlier (React Flow
    // measuring its default nodes). The same rule for both pages.
    const rendered = await page.waitForFunction(
      ({ nodes, edges }) => {
        const marks = window as unknown as { __benchDomComplete?: boolean };
        if (marks.__benchDomComplete) return performance.now();
        marks.__benchDomComplete =
          document.querySelectorAll(".react-flow__node").length >= nodes &&
          document.querySelectorAll(".react-flow__edge").length >= edges;
        return false;
      },
      { nodes: target.expectedNodes, edges: target.expectedEdges },
      { polling: "raf", timeout: 120_000 },
    );
    const renderMs = (await rendered.jsonValue()) as number;
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const state = { deltas: [] as number[], stop: false };
      Object.assign(window, { __benchFrames: state });
      let last = performance.now();
      const loop = (now: number): void => {
        state.deltas.push(now - last);
        last = now;
        if (!state.stop) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    await panAndZoom(page, panFrames);
    const deltas = await page.evaluate(() => {
      const state = (window as unknown as { __benchFrames: { deltas: number[]; stop: boolean } }).__benchFrames;
      state.stop = true;
      return state.deltas.slice(1);
    });
    return { renderMs, frames: frameStats(deltas) };
  } finally {
    await context.close();
  }
}
