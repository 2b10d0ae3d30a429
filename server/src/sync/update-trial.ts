import { Worker } from "node:worker_threads";
import { errorMessage, type Logger } from "../logger";

/**
 * Applies a large update to a scratch copy of its board in a worker thread first, under a time
 * limit, before the main thread applies it for real.
 *
 * Why: a well-formed update can still be slow to integrate. Yjs resolves concurrent inserts by
 * scanning the items that conflict, so a crafted update of N items from N client ids at one
 * position costs O(N²): 20,000 map sets of one key from distinct clients took 2.4 s on one core
 * (measured with yjs 13.6.33) — long enough to stall every board on the server. A synchronous
 * `Y.applyUpdate` cannot be interrupted, but a worker can be terminated. The scratch doc is seeded
 * with the board's current state, so the trial costs what the real apply will cost, including
 * conflicts with items already on the board. Updates with few structs skip the trial (a
 * keystroke should not pay for a thread hop and a state encode); what they cost the main thread is
 * charged to the sender's CPU budget instead (see ConnectionBudget).
 */
export type TrialResult =
  | { ok: true; ms: number; /** What Yjs would hold back for missing history after the update. */ pendingBytes: number }
  | { ok: false; reason: "timeout" | "failed"; detail: string };

interface Job {
  id: number;
  base: Uint8Array | null;
  update: Uint8Array;
  resolve: (result: TrialResult) => void;
}

type WorkerReply =
  | { id: number; phase: "seeded" }
  | { id: number; phase: "done"; ms: number; pendingBytes: number }
  | { id: number; phase: "failed"; error: string };

/** Seeding with a big board may legitimately take longer than the update itself. */
const SEED_TIMEOUT_FACTOR = 10;
/** The scratch heap: a board and one largest update fit many times over. */
const WORKER_HEAP_MB = 512;

export class UpdateTrial {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {}

  /** Resolves once the update applied cleanly to `base` (the board's state) within the time limit. */
  run(base: Uint8Array | null, update: Uint8Array): Promise<TrialResult> {
    if (this.closed) return Promise.resolve({ ok: false, reason: "failed", detail: "server is stopping" });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, base, update, resolve });
      this.next();
    });
  }

  /** Stops the worker; trials still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, reason: "failed", detail: "server is stopping" });
    this.finish({ ok: false, reason: "failed", detail: "server is stopping" });
    await this.stopWorker();
  }

  private next(): void {
    if (this.current || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.current = job;
    this.arm(this.timeoutMs * SEED_TIMEOUT_FACTOR);
    this.ensureWorker().postMessage({ id: job.id, base: job.base, update: job.update });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./update-trial-worker.mjs", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    worker.on("message", (reply: WorkerReply) => this.onReply(reply));
    worker.on("error", (error) => {
      this.logger.error("update_trial.worker_failed", { error: errorMessage(error) });
      this.replaceWorker(worker, {
        ok: false,
        reason: "failed",
        detail: `trial worker failed: ${errorMessage(error)}`,
      });
    });
    worker.on("exit", () => this.replaceWorker(worker, { ok: false, reason: "failed", detail: "trial worker exited" }));
    this.worker = worker;
    return worker;
  }

  private onReply(reply: WorkerReply): void {
    if (!this.current || reply.id !== this.current.id) return;
    if (reply.phase === "seeded") this.arm(this.timeoutMs);
    else if (reply.phase === "done") this.finish({ ok: true, ms: reply.ms, pendingBytes: reply.pendingBytes });
    else this.finish({ ok: false, reason: "failed", detail: reply.error });
  }

  private arm(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // The worker is stuck in the update: drop it, a fresh one takes the next trial.
      const worker = this.worker;
      this.worker = null;
      void worker?.terminate();
      this.logger.warn("update_trial.timeout", { timeoutMs: this.timeoutMs });
      this.finish({ ok: false, reason: "timeout", detail: `not applied within ${this.timeoutMs} ms` });
    }, ms);
    this.timer.unref();
  }

  private finish(result: TrialResult): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const job = this.current;
    this.current = null;
    job?.resolve(result);
    this.next();
  }

  private replaceWorker(worker: Worker, result: TrialResult): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.finish(result);
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
