import { createHash } from "node:crypto";
import * as Y from "yjs";

export interface ConvergenceResult {
  converged: boolean;
  docs: number;
  /** How many different state vectors / encoded states the docs hold (1 when converged). */
  distinctStateVectors: number;
  distinctStates: number;
}

function digest(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/**
 * Whether every doc holds the same updates: equal state vectors and equal encoded states.
 * A server that dropped an update leaves some client's vector short, and fails here even if
 * it was fast.
 */
export function checkConvergence(docs: readonly Y.Doc[]): ConvergenceResult {
  const vectors = new Set(docs.map((doc) => digest(Y.encodeStateVector(doc))));
  const states = new Set(docs.map((doc) => digest(Y.encodeStateAsUpdate(doc))));
  return {
    converged: docs.length > 0 && vectors.size === 1 && states.size === 1,
    docs: docs.length,
    distinctStateVectors: vectors.size,
    distinctStates: states.size,
  };
}

/** Several boards' results as one: converged only if every board is. */
export function combineConvergence(results: readonly ConvergenceResult[]): ConvergenceResult {
  return {
    converged: results.length > 0 && results.every((result) => result.converged),
    docs: results.reduce((sum, result) => sum + result.docs, 0),
    distinctStateVectors: Math.max(0, ...results.map((result) => result.distinctStateVectors)),
    distinctStates: Math.max(0, ...results.map((result) => result.distinctStates)),
  };
}
