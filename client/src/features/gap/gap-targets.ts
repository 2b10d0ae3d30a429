import type {
  AgreementReport,
  MainPath,
  MainPathParts,
  PainCategory,
  RankedPain,
  ReportNames,
  RoleLoad,
} from "@brownpaper/shared";
import { nextInCycle } from "../../lib/reveal/next-in-cycle";
import type { RevealTarget } from "../../lib/reveal/use-reveal";

/**
 * Where each kind of gap-report line takes the facilitator on the map. A line about several
 * things selects them together (a group) rather than the first of them, so what the line
 * counts is what lights up.
 */

const WHOLE_BOARD: RevealTarget = { type: "board", id: "board" };

export const MAIN_PATH_FIGURES = [
  "processTime",
  "leadTime",
  "flowEfficiency",
  "rolledPctCompleteAccurate",
  "waitingCore",
  "waitingSupport",
  "waitingOther",
] as const;
export type MainPathFigure = (typeof MAIN_PATH_FIGURES)[number];

/** The main path's steps and the flows between them. */
export function mainPathTarget(path: Pick<MainPath, "stepIds" | "flowIds">): RevealTarget {
  return { type: "group", stepIds: path.stepIds, flowIds: path.flowIds };
}

const FIGURE_STEPS: Partial<Record<MainPathFigure, (parts: MainPathParts) => readonly string[]>> = {
  rolledPctCompleteAccurate: (parts) => parts.withPctCompleteAccurate,
  waitingCore: (parts) => parts.waiting.core,
  waitingSupport: (parts) => parts.waiting.support,
  waitingOther: (parts) => parts.waiting.other,
};

/**
 * A figure shows the steps it is made of: the rolled %C&A its factors, a waiting figure the
 * steps that wait in that kind of lane. Times and flow efficiency are the whole path's, and so
 * is a figure no step makes up yet (0 waiting in support lanes), rather than a dead link.
 */
export function figureTarget(
  figure: MainPathFigure,
  path: Pick<MainPath, "stepIds" | "flowIds">,
  parts: MainPathParts,
): RevealTarget {
  const steps = FIGURE_STEPS[figure]?.(parts) ?? [];
  return steps.length > 0 ? { type: "group", stepIds: steps, flowIds: [] } : mainPathTarget(path);
}

/** Handovers (a lane pair's, the core ↔ support ones, all of them), selected together. */
export function handoversTarget(flowIds: readonly string[]): RevealTarget {
  return flowIds.length > 0 ? { type: "group", stepIds: [], flowIds } : WHOLE_BOARD;
}

/** The steps a role is R or A on; a role that carries neither, its lane, where it would pick some up. */
export function roleTarget(load: RoleLoad, roles: ReportNames["roles"]): RevealTarget {
  const stepIds = [...new Set([...load.accountable, ...load.responsible])];
  if (stepIds.length > 0) return { type: "group", stepIds, flowIds: [] };
  const role = roles.find((candidate) => candidate.id === load.roleId);
  return role ? { type: "lane", id: role.laneId } : WHOLE_BOARD;
}

/**
 * A category's pain points in the report's order (most votes first while the vote is shown),
 * one per click: the one after the pain point selected now, round again after the last.
 */
export function categoryTarget(
  ranked: readonly Pick<RankedPain<number | null>, "noteId" | "category">[],
  category: PainCategory,
  selectedNoteId: string | null,
): RevealTarget {
  const noteIds = ranked.filter((pain) => pain.category === category).map((pain) => pain.noteId);
  const next = nextInCycle(noteIds, selectedNoteId);
  return next === null ? WHOLE_BOARD : { type: "note", id: next };
}

/** The handovers an agreement covers; one covering none, the lane it serves. */
export function agreementTarget(agreement: Pick<AgreementReport, "flowIds" | "customerLaneId">): RevealTarget {
  return agreement.flowIds.length > 0
    ? handoversTarget(agreement.flowIds)
    : { type: "lane", id: agreement.customerLaneId };
}
