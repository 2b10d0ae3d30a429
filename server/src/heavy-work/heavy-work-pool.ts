import Tinypool from "tinypool";
import { errorMessage, type Logger } from "../logger";
import { HttpError } from "../http/respond";
import type { HeavyResults, HeavyTask } from "./heavy-tasks";

/** How many imports and exports run at once, for how long, in how much memory. Every field is an environment variable. */
export interface HeavyWorkLimits {
  /** Worker threads for imports, validation and exports. */
  heavyWorkThreads: number;
  /** How long one import or export may take, waiting for a free thread included; past it 503. */
  heavyWorkTimeoutMs: number;
  /** Imports and exports that may wait for a free thread; past it 503. */
  heavyWorkQueue: number;
  /** Heap of each worker thread; a task that needs more fails with 503. */
  heavyWorkMemoryMb: number;
}

/** An idle thread is kept this long for the next request (it costs ~1 s to start: tsx and the shared code). */
const IDLE_THREAD_MS = 60_000;

/** What the pool throws is tinypool's own Error; these are its messages for a full queue. */
const QUEUE_FULL = /^(Task queue is at limit|No task queue available)/;

/**
 * Runs imports, validation and exports in worker threads, so the main thread keeps serving
 * every other board while a big one is parsed or drawn.
 *
 * Why: each is synchronous work proportional to the board, seconds for a large one (a 40,000
 * step file took 2.6 s to import, three SVG exports of it 28 s), and nothing else on the server
 * is answered meanwhile. A worker can also be stopped, which a synchronous loop cannot: past
 * the time limit the thread is terminated and a fresh one takes the next task.
 */
export class HeavyWorkPool {
  private readonly pool: Tinypool;

  constructor(
    private readonly limits: HeavyWorkLimits,
    private readonly logger: Logger,
  ) {
    this.pool = new Tinypool({
      filename: new URL("./heavy-work-worker.mjs", import.meta.url).href,
      minThreads: 0,
      maxThreads: limits.heavyWorkThreads,
      maxQueue: limits.heavyWorkQueue,
      idleTimeout: IDLE_THREAD_MS,
      // The worker registers its own loader; the parent's flags (vitest's, or --import tsx) stay out.
      execArgv: [],
      // A worker's default young generation is small enough that importing a 40,000-step file
      // spent half its time collecting garbage (12 s against 5 s on the main thread); 64 MB evens it.
      resourceLimits: { maxOldGenerationSizeMb: limits.heavyWorkMemoryMb, maxYoungGenerationSizeMb: 64 },
    });
    // A thread that fails with no task on it: logged, and the pool starts another when needed.
    this.pool.on("error", (error: unknown) => logger.error("heavy_work.worker_failed", { error: errorMessage(error) }));
  }

  /**
   * Runs `task` on a pool thread. `transfer` lists buffers the task may take over instead of
   * copying (the caller must not use them afterwards). Throws an HttpError 503 when the work
   * timed out, the queue is full or the thread ran out of memory.
   */
  async run<T extends HeavyTask>(task: T, transfer: ArrayBuffer[] = []): Promise<HeavyResults[T["kind"]]> {
    const signal = AbortSignal.timeout(this.limits.heavyWorkTimeoutMs);
    const started = Date.now();
    try {
      return (await this.pool.run(task, { signal, transferList: transfer })) as HeavyResults[T["kind"]];
    } catch (error) {
      const ms = Date.now() - started;
      if (signal.aborted) {
        this.logger.warn("heavy_work.timeout", { kind: task.kind, ms });
        throw new HttpError(
          503,
          `The server stopped this ${describe(task)} after ${seconds(this.limits.heavyWorkTimeoutMs)} (HEAVY_WORK_TIMEOUT_MS): the board is too big to finish in time.`,
        );
      }
      if (error instanceof Error && QUEUE_FULL.test(error.message)) {
        this.logger.warn("heavy_work.queue_full", { kind: task.kind, queued: this.pool.queueSize });
        throw new HttpError(
          503,
          `The server is busy with other imports and exports; try this ${describe(task)} again shortly.`,
        );
      }
      if ((error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY") {
        this.logger.warn("heavy_work.out_of_memory", { kind: task.kind, ms });
        throw new HttpError(
          503,
          `The server ran out of memory for this ${describe(task)} (HEAVY_WORK_MEMORY_MB is ${this.limits.heavyWorkMemoryMb}).`,
        );
      }
      throw error;
    }
  }

  /** Stops every thread; tasks still running or waiting fail. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

function describe(task: HeavyTask): string {
  return task.kind === "create-board" ? "import" : task.resource;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
