import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR } from "../peers/peer-process";

export const CLIENT_DIR = join(BENCH_DIR, "../client");
export const BASELINE_DIR = join(BENCH_DIR, "canvas-baseline");

function viteBuild(cwd: string, viteBin: string, args: string[]): string | null {
  const result = spawnSync(process.execPath, [viteBin, "build", ...args], { cwd, encoding: "utf8", timeout: 300_000 });
  return result.status === 0 ? null : (result.stderr || result.stdout || `exit ${result.status}`).slice(-1500);
}

/**
 * Builds Brownpaper's client (what `pnpm --filter @brownpaper/client build` runs) and the bare
 * React Flow page. A failed client build falls back to the last client/dist, and says so.
 */
export function buildPages(): { clientBuilt: boolean; clientError: string | null } {
  const baselineError = viteBuild(BASELINE_DIR, join(BENCH_DIR, "node_modules/vite/bin/vite.js"), [
    "--config",
    "vite.config.ts",
  ]);
  if (baselineError) throw new Error(`the React Flow baseline page did not build: ${baselineError}`);
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(join(CLIENT_DIR, "dist/index.html")))
    return { clientBuilt: false, clientError: null };
  const clientError = viteBuild(CLIENT_DIR, join(CLIENT_DIR, "node_modules/vite/bin/vite.js"), []);
  if (clientError && !existsSync(join(CLIENT_DIR, "dist/index.html")))
    throw new Error(`Brownpaper's client did not build: ${clientError}`);
  return { clientBuilt: clientError === null, clientError };
}
