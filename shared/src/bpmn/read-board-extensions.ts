import { newId } from "../ids";
import { DEFAULT_REVIEW_INTERVAL_DAYS } from "../schema/review";
import type { BoardFile } from "../interchange/board-file";
import { BOARD_STATES, DEFAULT_BOARD_STATE, DEFAULT_DOTS_PER_PARTICIPANT } from "../schema/board";
import {
  AGREEMENT_STATUSES,
  DEFAULT_AGREEMENT_STATUS,
  MEASURE_DIMENSIONS,
  type Measure,
  type ServiceAgreement,
} from "../schema/agreement";
import { RACI_CODES, type RaciAssignment } from "../schema/raci";
import type { Role } from "../schema/role";
import {
  attrNumber as number,
  attrOneOf as oneOf,
  elements,
  extensionOf,
  extensionsOf,
  text,
  type ModdleElement,
} from "./bpmn-model";

/**
 * Reads back what Brownpaper's own export keeps in `bp:` extension elements: board scope,
 * roles, RACI and agreements. Entries pointing at things the import did not produce are listed.
 */
export function readBoardExtensions(
  process: ModdleElement,
  map: Pick<BoardFile, "lanes" | "steps" | "flows">,
  unmapped: string[],
): {
  meta: Pick<BoardFile, "scope" | "state" | "dotsPerParticipant">;
  roles: Role[];
  raci: RaciAssignment[];
  agreements: ServiceAgreement[];
} {
  const laneIds = new Set(map.lanes.map((lane) => lane.id));
  const flowIds = new Set(map.flows.map((flow) => flow.id));
  const board = extensionOf(process, "board");
  const meta = {
    scope: { trigger: text(board?.trigger) ?? "", outcome: text(board?.outcome) ?? "" },
    state: oneOf(board?.state, BOARD_STATES) ?? DEFAULT_BOARD_STATE,
    dotsPerParticipant: Math.round(number(board?.dotsPerParticipant) ?? DEFAULT_DOTS_PER_PARTICIPANT),
  };

  const roles: Role[] = [];
  for (const role of extensionsOf(process, "role")) {
    const id = text(role.id);
    const laneId = text(role.laneId);
    const name = text(role.name)?.trim();
    if (id && laneId && name && laneIds.has(laneId)) roles.push({ id, name, laneId });
    else unmapped.push(`role "${name ?? id}" whose lane is not in the file`);
  }
  const roleIds = new Set(roles.map((role) => role.id));

  const raci: RaciAssignment[] = [];
  // Each element by the step id its extension names (the first one wins), looked up per step.
  const elementOfStep = new Map<string, ModdleElement>();
  for (const element of elements(process.flowElements)) {
    const stepId = text(extensionOf(element, "step")?.id);
    if (stepId !== undefined && !elementOfStep.has(stepId)) elementOfStep.set(stepId, element);
  }
  for (const step of map.steps) {
    const element = elementOfStep.get(step.id);
    if (!element) continue;
    for (const entry of extensionsOf(element, "raci")) {
      const roleId = text(entry.roleId);
      const code = oneOf(entry.code, RACI_CODES);
      if (roleId && code && roleIds.has(roleId)) raci.push({ stepId: step.id, roleId, code });
    }
  }

  const agreements: ServiceAgreement[] = [];
  for (const agreement of extensionsOf(process, "agreement")) {
    const id = text(agreement.id);
    const providerLaneId = text(agreement.providerLaneId);
    const customerLaneId = text(agreement.customerLaneId);
    if (!id || !providerLaneId || !customerLaneId || !laneIds.has(providerLaneId) || !laneIds.has(customerLaneId)) {
      unmapped.push(`service agreement "${id ?? "?"}" between lanes that are not in the file`);
      continue;
    }
    const children = elements(agreement.$children);
    const measures: Measure[] = children
      .filter((child) => child.$type === "bp:measure")
      .flatMap((child) => {
        const dimension = oneOf(child.dimension, MEASURE_DIMENSIONS);
        const weight = number(child.weight);
        if (!dimension || weight === undefined) return [];
        const score = number(child.score);
        return [
          {
            id: text(child.id) ?? newId("m"),
            name: text(child.name) ?? "",
            dimension,
            target: text(child.target) ?? "",
            weight,
            ...(score !== undefined ? { score } : {}),
          },
        ];
      });
    agreements.push({
      id,
      providerLaneId,
      customerLaneId,
      flowIds: children
        .filter((child) => child.$type === "bp:covers")
        .map((child) => text(child.flowId) ?? "")
        .filter((flowId) => flowIds.has(flowId)),
      status: oneOf(agreement.status, AGREEMENT_STATUSES) ?? DEFAULT_AGREEMENT_STATUS,
      expectation: text(agreement.expectation) ?? "",
      customerObligations: text(agreement.customerObligations) ?? "",
      reviewBy: /^\d{4}-\d{2}-\d{2}$/.test(text(agreement.reviewBy) ?? "") ? text(agreement.reviewBy)! : "",
      measures,
      reviewIntervalDays: DEFAULT_REVIEW_INTERVAL_DAYS,
      reviews: [],
    });
  }
  return { meta, roles, raci, agreements };
}
