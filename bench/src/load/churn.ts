import type { BoardAddress } from "../peers/board-address";
import { SimClient } from "./sim-client";

export interface ChurnSpec {
  cycles: number;
  concurrency: number;
  /** Stops starting new cycles after this long, whatever is left. */
  maxMs: number;
}

export interface ChurnResult {
  cycles: number;
  failures: number;
  ms: number;
  firstError: string | null;
}

/** Connect, sync, disconnect, over and over, spread round-robin over `boards`. */
export async function churn(boards: readonly BoardAddress[], spec: ChurnSpec): Promise<ChurnResult> {
  const started = performance.now();
  let next = 0;
  let failures = 0;
  let firstError: string | null = null;
  const worker = async (): Promise<void> => {
    while (next < spec.cycles && performance.now() - started < spec.maxMs) {
      const client = new SimClient(boards[next++ % boards.length]!);
      try {
        await client.connect(10_000);
      } catch (error) {
        failures++;
        firstError ??= (error as Error).message;
      } finally {
        await client.close();
        client.destroy();
      }
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  return { cycles: next, failures, ms: performance.now() - started, firstError };
}
