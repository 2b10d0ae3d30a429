import type { Board } from "../doc/read-board";
import type { AgreementStatus } from "../schema/agreement";
import type { BoardState } from "../schema/board";
import type { LaneKind } from "../schema/lane";
import { agreementCoverage, type AgreementCoverage } from "./agreement-coverage";
import { handoverMatrix, type HandoverMatrix } from "./handover-matrix";
import { mainPath, type MainPath } from "./main-path";
import { mapQuality, type MapQuality } from "./map-quality";
import { painRanking, painRankingWithoutVotes, type PainRanking } from "./pain-ranking";
import { raciCheck, type RaciCheck } from "./raci-check";
import { serviceScore, weightProblem, type ServiceScore } from "./service-score";
import { effectiveVotes, type EffectiveVotes } from "./votes";
import { actionsReport, type ActionsReport } from "./actions";
import { agreementReviewSummary, providerFocus, todayIso, type AgreementReviewSummary } from "./agreement-reviews";

/** One service agreement with its score, any weight problem and its review history. */
export interface AgreementReport extends AgreementReviewSummary {
  agreementId: string;
  status: AgreementStatus;
  providerLaneId: string;
  customerLaneId: string;
  flowIds: string[];
  expectation: string;
  score: ServiceScore;
  weightProblem: string | null;
}

/**
 * What the ids in a report stand for, so a report can be read (or rendered as Markdown)
 * without the board. Lists rather than records: ids come from users and could be
 * `__proto__`. A flow's name is "From step → To step", plus its label in parentheses.
 */
export interface ReportNames {
  lanes: { id: string; name: string; kind: LaneKind }[];
  steps: { id: string; label: string }[];
  flows: { id: string; name: string }[];
  roles: { id: string; name: string; laneId: string }[];
}

/** The dot vote as a report may show it: counted, or hidden until the facilitator reveals it. */
export type ReportVotes =
  | { votesHidden: false; votes: EffectiveVotes; pain: PainRanking }
  /** No tally, no count and no order a count could be read from (see `painRankingWithoutVotes`). */
  | { votesHidden: true; votes: null; pain: PainRanking<null> };

/**
 * The gap report of docs/domain.md ("The gap report"): plain, serialisable data in which every line carries ids. While
 * the facilitator hides the vote it carries no vote counts at all, so nothing made from it —
 * the panel, the Markdown, `report.json` — can give them away.
 */
export type GapReport = {
  title: string;
  state: BoardState;
  names: ReportNames;
  handovers: HandoverMatrix;
  coverage: AgreementCoverage;
  agreements: AgreementReport[];
  /** Per provider lane: the mean focus score of the latest review round of each agreement it provides. */
  focus: { laneId: string; focus: number; agreements: number }[];
  actions: ActionsReport;
  raci: RaciCheck;
  mainPath: MainPath;
  mapQuality: MapQuality;
} & ReportVotes;

/** The names of a board's lanes, steps, flows and roles, as a report carries them. */
export function reportNames(board: Pick<Board, "lanes" | "steps" | "flows" | "roles">): ReportNames {
  const labelOf = new Map(board.steps.map((step) => [step.id, step.label.trim() || step.id]));
  return {
    lanes: board.lanes.map(({ id, name, kind }) => ({ id, name, kind })),
    steps: board.steps.map(({ id, label }) => ({ id, label })),
    flows: board.flows.map((flow) => {
      const ends = `${labelOf.get(flow.from) ?? flow.from} → ${labelOf.get(flow.to) ?? flow.to}`;
      return { id: flow.id, name: flow.label.trim() === "" ? ends : `${ends} (${flow.label.trim()})` };
    }),
    roles: board.roles.map(({ id, name, laneId }) => ({ id, name, laneId })),
  };
}

function agreementReport(board: Pick<Board, "agreements">, today: string): AgreementReport[] {
  return board.agreements.map((agreement) => ({
    agreementId: agreement.id,
    status: agreement.status,
    providerLaneId: agreement.providerLaneId,
    customerLaneId: agreement.customerLaneId,
    flowIds: [...agreement.flowIds],
    expectation: agreement.expectation,
    score: serviceScore(agreement),
    weightProblem: weightProblem(agreement),
    ...agreementReviewSummary(agreement, today),
  }));
}

/**
 * Everything a facilitator wants computed live, in one object: what the gap panel shows and
 * what `GET /api/boards/:id/report.json` returns. Pure and deterministic: the same board on the
 * same day gives the same report on every client and on the server (`today` decides which
 * reviews are due and which actions overdue).
 */
export function gapReport(board: Board, today: string = todayIso()): GapReport {
  return {
    title: board.meta.title,
    state: board.meta.state,
    names: reportNames(board),
    handovers: handoverMatrix(board),
    coverage: agreementCoverage(board),
    agreements: agreementReport(board, today),
    focus: providerFocus(board),
    actions: actionsReport(board, today),
    raci: raciCheck(board),
    ...reportVotes(board),
    mainPath: mainPath(board),
    mapQuality: mapQuality(board),
  };
}

function reportVotes(board: Board): ReportVotes {
  if (board.meta.votesHidden) return { votesHidden: true, votes: null, pain: painRankingWithoutVotes(board) };
  return { votesHidden: false, votes: effectiveVotes(board), pain: painRanking(board) };
}
