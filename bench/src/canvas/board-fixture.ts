import {
  BOARD_FILE_FORMAT,
  BOARD_FILE_VERSION,
  STEP_MIN_X,
  STEP_SIZE,
  type BoardFile,
  type Flow,
  type Lane,
  type LaneKind,
  type Note,
  type Step,
  type StepKind,
} from "@brownpaper/shared";

const LANE_HEIGHT = 160;
const COLUMN_GAP = 230;
const LANE_KINDS: LaneKind[] = ["customer", "core", "core", "support", "support", "core", "external", "support"];
const NOTE_KINDS: Note["kind"][] = ["pain", "pain", "idea", "question", "comment"];

/** A small deterministic PRNG, so every run measures the same boards. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A process map of `stepCount` steps in realistic proportions: about √n lanes, each a chain of
 * steps (start … end, some decisions and waits), a handover to another lane every sixth step,
 * and a note for every fifth step. Valid interchange JSON, steps right of the lane headers.
 */
export function generateBoardFile(stepCount: number, seed = 1): BoardFile {
  const random = mulberry32(seed);
  const laneCount = Math.min(60, Math.max(4, Math.round(Math.sqrt(stepCount))));
  const lanes: Lane[] = Array.from({ length: laneCount }, (_, index) => ({
    id: `lane-${index}`,
    name: `Team ${index + 1}`,
    kind: LANE_KINDS[index % LANE_KINDS.length]!,
    order: index,
    height: LANE_HEIGHT,
  }));
  const byLane: Step[][] = lanes.map(() => []);
  const steps: Step[] = [];
  for (let index = 0; index < stepCount; index++) {
    const laneIndex = index % laneCount;
    const column = byLane[laneIndex]!.length;
    const isLast = index + laneCount >= stepCount;
    const roll = random();
    const kind: StepKind =
      column === 0 ? "start" : isLast ? "end" : roll < 0.1 ? "decision" : roll < 0.15 ? "wait" : "task";
    const step: Step = {
      id: `step-${index}`,
      laneId: lanes[laneIndex]!.id,
      label: `${kind === "decision" ? "Check" : "Handle"} item ${index}`,
      kind,
      x: STEP_MIN_X + 48 + column * COLUMN_GAP,
      y: Math.round((LANE_HEIGHT - STEP_SIZE[kind].height) / 2),
      ...(kind === "task"
        ? { processTime: 5 + (index % 30), leadTime: 60 + (index % 200), pctCompleteAccurate: 80 + (index % 20) }
        : {}),
    };
    byLane[laneIndex]!.push(step);
    steps.push(step);
  }
  const flows: Flow[] = [];
  for (const chain of byLane) {
    for (let i = 1; i < chain.length; i++)
      flows.push({ id: `flow-${flows.length}`, from: chain[i - 1]!.id, to: chain[i]!.id, label: "" });
  }
  for (let index = 0; index < stepCount; index += 6) {
    const from = steps[index]!;
    const target = steps[Math.min(stepCount - 1, index + 1 + Math.floor(random() * laneCount))]!;
    if (target.laneId === from.laneId || target.id === from.id) continue;
    flows.push({
      id: `flow-${flows.length}`,
      from: from.id,
      to: target.id,
      label: "",
      handover: { artifact: `Form ${index}`, channel: "system" },
    });
  }
  const notes: Note[] = [];
  for (let index = 2; index < stepCount; index += 5) {
    const kind = NOTE_KINDS[notes.length % NOTE_KINDS.length]!;
    notes.push({
      id: `note-${notes.length}`,
      kind,
      text: `Note about item ${index}`,
      target: { type: "step", id: steps[index]!.id },
      author: "bench",
      ...(kind === "pain" ? { category: "waiting" as const } : {}),
    });
  }
  return {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    title: `Benchmark map, ${stepCount} steps`,
    scope: { trigger: "A request arrives", outcome: "The request is fulfilled" },
    state: "as-is",
    dotsPerParticipant: 3,
    lanes,
    steps,
    flows,
    roles: lanes.map((lane) => ({ id: `role-${lane.id}`, name: `${lane.name} lead`, laneId: lane.id })),
    raci: [],
    notes,
    agreements: [],
  };
}
