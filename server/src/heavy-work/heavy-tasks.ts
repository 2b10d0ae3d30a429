import Tinypool from "tinypool";
import { boardFromBody, type NewBoard } from "./board-from-body";
import type { WorkOutcome } from "./outcome";
import { renderExport, type ExportRequest, type RenderedExport } from "./render-export";

/** Every kind of work the pool takes: what a request asks, and what it gets back. */
export type HeavyTask =
  { kind: "create-board"; body: Uint8Array; contentType: string | undefined } | ({ kind: "export" } & ExportRequest);

export interface HeavyResults {
  "create-board": WorkOutcome<NewBoard>;
  export: WorkOutcome<RenderedExport>;
}

export function runHeavyTask(task: HeavyTask): HeavyResults[HeavyTask["kind"]] {
  switch (task.kind) {
    case "create-board":
      return boardFromBody(task.body, task.contentType);
    case "export":
      return renderExport(task);
  }
}

/** The worker's entry: the result, its bytes moved to the main thread rather than copied. */
export default function runInWorker(task: HeavyTask): unknown {
  const outcome = runHeavyTask(task);
  if (!outcome.ok) return outcome;
  const bytes = "update" in outcome.value ? outcome.value.update : outcome.value.body;
  return Tinypool.move({ [Tinypool.transferableSymbol]: [bytes.buffer], [Tinypool.valueSymbol]: outcome } as never);
}
