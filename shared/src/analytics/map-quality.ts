import type { Board } from "../doc/read-board";
import { missingMeasures, type StepMeasure } from "./step-measures";

/** A step cut off from the flow: `in` when nothing leads to it, `out` when it leads nowhere. */
export interface UnconnectedStep {
  stepId: string;
  missing: "in" | "out" | "both";
}

/** A decision that does not (yet) say which way the work goes. */
export interface UnclearDecision {
  stepId: string;
  exits: number;
  labelledExits: number;
}

export interface MapQuality {
  /** In step order. Start steps need no flow in, end steps no flow out. */
  unconnectedSteps: UnconnectedStep[];
  /** Decisions with fewer than two labelled exits, in step order. */
  unclearDecisions: UnclearDecision[];
  /** Tasks, decisions and waits lacking a measure, in step order. */
  missingMeasures: { stepId: string; missing: StepMeasure[] }[];
}

/** What is still missing from the map itself, before its numbers can be trusted. */
export function mapQuality(board: Pick<Board, "steps" | "flows">): MapQuality {
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, { exits: number; labelled: number }>();
  for (const flow of board.flows) {
    incoming.set(flow.to, (incoming.get(flow.to) ?? 0) + 1);
    const out = outgoing.get(flow.from) ?? { exits: 0, labelled: 0 };
    out.exits += 1;
    if (flow.label.trim() !== "") out.labelled += 1;
    outgoing.set(flow.from, out);
  }

  const unconnectedSteps: UnconnectedStep[] = [];
  const unclearDecisions: UnclearDecision[] = [];
  const missing: MapQuality["missingMeasures"] = [];
  for (const step of board.steps) {
    const out = outgoing.get(step.id) ?? { exits: 0, labelled: 0 };
    const lacksIn = step.kind !== "start" && !incoming.has(step.id);
    const lacksOut = step.kind !== "end" && out.exits === 0;
    if (lacksIn || lacksOut) {
      unconnectedSteps.push({ stepId: step.id, missing: lacksIn && lacksOut ? "both" : lacksIn ? "in" : "out" });
    }
    if (step.kind === "decision" && out.labelled < 2) {
      unclearDecisions.push({ stepId: step.id, exits: out.exits, labelledExits: out.labelled });
    }
    const lacking = missingMeasures(step);
    if (lacking.length > 0) missing.push({ stepId: step.id, missing: lacking });
  }
  return { unconnectedSteps, unclearDecisions, missingMeasures: missing };
}
