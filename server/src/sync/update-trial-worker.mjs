// Runs in a worker thread: applies an update to a scratch copy of a board so the main thread
// can stop it if it takes too long (see update-trial.ts). Plain JavaScript so that it starts
// the same way under node, tsx and vitest, none of which compile TypeScript inside workers.
import { performance } from "node:perf_hooks";
import { parentPort } from "node:worker_threads";
import * as Y from "yjs";

parentPort.on("message", ({ id, base, update }) => {
  const doc = new Y.Doc();
  try {
    if (base) Y.applyUpdate(doc, base);
    parentPort.postMessage({ id, phase: "seeded" });
    const started = performance.now();
    Y.applyUpdate(doc, update);
    const { pendingStructs, pendingDs } = doc.store;
    const pendingBytes = (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0);
    parentPort.postMessage({ id, phase: "done", ms: performance.now() - started, pendingBytes });
  } catch (error) {
    parentPort.postMessage({ id, phase: "failed", error: error instanceof Error ? error.message : String(error) });
  } finally {
    doc.destroy();
  }
});
