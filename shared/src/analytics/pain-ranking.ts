import type { Board } from "../doc/read-board";
import { PAIN_CATEGORIES, type NoteTarget, type PainCategory } from "../schema/note";
import { compareIds } from "./board-index";
import { countEffectiveVotes } from "./votes";

/** One pain point with its counted votes (null while the vote is hidden) and where it sits. */
export interface RankedPain<Votes extends number | null = number> {
  noteId: string;
  text: string;
  category: PainCategory;
  votes: Votes;
  target: NoteTarget;
  /** The lane the pain is charged to (see `painRanking`), or null for the board itself. */
  laneId: string | null;
}

export interface PainTotals<Votes extends number | null = number> {
  notes: number;
  votes: Votes;
}

export interface PainRanking<Votes extends number | null = number> {
  /** Most votes first; ties by note id. */
  ranked: RankedPain<Votes>[];
  /** Every category in the schema's order, empty ones included. */
  categories: (PainTotals<Votes> & { category: PainCategory })[];
  /** Every lane in display order, empty ones included. */
  lanes: (PainTotals<Votes> & { laneId: string })[];
  /** Handovers with pain on them: most votes first, then most notes, then flow id. */
  handovers: (PainTotals<Votes> & { flowId: string; providerLaneId: string; customerLaneId: string })[];
  /** Steps with pain on them: most votes first, then most notes, then step order. */
  steps: (PainTotals<Votes> & { stepId: string })[];
  /** Pain stuck on the board as a whole. */
  board: PainTotals<Votes>;
}

type PainBoard = Pick<Board, "meta" | "lanes" | "steps" | "flows" | "notes">;

function add(totals: PainTotals, votes: number): void {
  totals.notes += 1;
  totals.votes += votes;
}

const byWeight = (a: PainTotals, b: PainTotals) => b.votes - a.votes || b.notes - a.notes;

/**
 * Ranks pain points by their capped votes (`countEffectiveVotes`) and totals them per category,
 * lane, handover and step. A pain point is charged to one lane: its own lane when stuck on a
 * lane, the step's lane when on a step, and the provider's lane (the lane of the flow's `from`
 * step) when on a flow, because the upstream team owns what it hands over. Pain on a flow
 * within one lane counts for that lane but not as handover pain. Pain on the board counts
 * in `board` only.
 */
export function painRanking(board: PainBoard): PainRanking {
  return rankPain(board, countEffectiveVotes(board).byNote);
}

const noVotes = <Entry extends { votes: number }>(entry: Entry): Omit<Entry, "votes"> & { votes: null } => ({
  ...entry,
  votes: null,
});

/**
 * The ranking as it may be shown while the facilitator hides the vote: every count null, and
 * every order one that no count can be read from — pain points by note id, handovers by how
 * many pain points they carry then flow id, steps by pain points then step order.
 */
export function painRankingWithoutVotes(board: PainBoard): PainRanking<null> {
  const ranking = rankPain(board, new Map());
  return {
    ranked: ranking.ranked.map(noVotes),
    categories: ranking.categories.map(noVotes),
    lanes: ranking.lanes.map(noVotes),
    handovers: ranking.handovers.map(noVotes),
    steps: ranking.steps.map(noVotes),
    board: noVotes(ranking.board),
  };
}

function rankPain(board: PainBoard, byNote: ReadonlyMap<string, number>): PainRanking {
  const stepById = new Map(board.steps.map((step) => [step.id, step]));
  const stepOrder = new Map(board.steps.map((step, index) => [step.id, index]));
  const flowById = new Map(board.flows.map((flow) => [flow.id, flow]));
  const categories = new Map(PAIN_CATEGORIES.map((category) => [category, { category, notes: 0, votes: 0 }]));
  const lanes = new Map(board.lanes.map((lane) => [lane.id, { laneId: lane.id, notes: 0, votes: 0 }]));
  const handovers = new Map<string, PainTotals & { flowId: string; providerLaneId: string; customerLaneId: string }>();
  const steps = new Map<string, PainTotals & { stepId: string }>();
  const onBoard: PainTotals = { notes: 0, votes: 0 };
  const ranked: RankedPain[] = [];

  for (const note of board.notes) {
    if (note.kind !== "pain") continue;
    const votes = byNote.get(note.id) ?? 0;
    const category = note.category ?? "other";
    add(categories.get(category)!, votes);
    let laneId: string | null = null;
    const { type, id } = note.target;
    if (type === "lane") {
      laneId = id;
    } else if (type === "step") {
      laneId = stepById.get(id)?.laneId ?? null;
      const totals = steps.get(id) ?? { stepId: id, notes: 0, votes: 0 };
      steps.set(id, totals);
      add(totals, votes);
    } else if (type === "flow") {
      const flow = flowById.get(id);
      const providerLaneId = flow && stepById.get(flow.from)?.laneId;
      const customerLaneId = flow && stepById.get(flow.to)?.laneId;
      laneId = providerLaneId ?? null;
      if (providerLaneId !== undefined && customerLaneId !== undefined && providerLaneId !== customerLaneId) {
        const totals = handovers.get(id) ?? { flowId: id, providerLaneId, customerLaneId, notes: 0, votes: 0 };
        handovers.set(id, totals);
        add(totals, votes);
      }
    } else {
      add(onBoard, votes);
    }
    const laneTotals = laneId === null ? undefined : lanes.get(laneId);
    if (laneTotals) add(laneTotals, votes);
    ranked.push({ noteId: note.id, text: note.text, category, votes, target: { ...note.target }, laneId });
  }

  return {
    ranked: ranked.sort((a, b) => b.votes - a.votes || compareIds(a.noteId, b.noteId)),
    categories: [...categories.values()],
    lanes: [...lanes.values()],
    handovers: [...handovers.values()].sort((a, b) => byWeight(a, b) || compareIds(a.flowId, b.flowId)),
    steps: [...steps.values()].sort(
      (a, b) => byWeight(a, b) || (stepOrder.get(a.stepId) ?? 0) - (stepOrder.get(b.stepId) ?? 0),
    ),
    board: onBoard,
  };
}
