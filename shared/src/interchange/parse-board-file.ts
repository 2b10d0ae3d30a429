import type { z } from "zod";
import { boardFileSchema, type BoardFile } from "./board-file";
import { DEFAULT_LANE_HEIGHT } from "../schema/lane";
import { DEFAULT_STEP_Y } from "../schema/step";
import { raciKey } from "../schema/raci";

export type ParseResult = { ok: true; board: BoardFile } | { ok: false; error: string; path: string };

/** `["steps", 3, "laneId"]` → `steps[3].laneId` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(file)" : out;
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, path, error: `${path}: ${message}` };
}

function firstIssue(error: z.ZodError): ParseResult {
  const issue = error.issues[0]!;
  return fail(formatPath(issue.path), issue.message);
}

type Checked = z.output<typeof boardFileSchema>;

function duplicateId(items: readonly { id: string }[], name: string): ParseResult | null {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) return fail(`${name}[${index}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  }
  return null;
}

/** Every reference in the file must point at something in the file; ids are unique. */
function checkReferences(file: Checked): ParseResult | null {
  for (const [items, name] of [
    [file.lanes, "lanes"],
    [file.steps, "steps"],
    [file.flows, "flows"],
    [file.roles, "roles"],
    [file.notes, "notes"],
    [file.agreements, "agreements"],
  ] as const) {
    const duplicate = duplicateId(items, name);
    if (duplicate) return duplicate;
  }
  const laneIds = new Set(file.lanes.map((lane) => lane.id));
  const names = new Set<string>();
  for (const [index, lane] of file.lanes.entries()) {
    const name = lane.name.trim().toLocaleLowerCase();
    if (names.has(name)) return fail(`lanes[${index}].name`, `duplicate lane name "${lane.name}"`);
    names.add(name);
  }
  const stepIds = new Set(file.steps.map((step) => step.id));
  for (const [index, step] of file.steps.entries()) {
    if (!laneIds.has(step.laneId)) return fail(`steps[${index}].laneId`, `unknown lane "${step.laneId}"`);
  }
  const flowIds = new Set(file.flows.map((flow) => flow.id));
  for (const [index, flow] of file.flows.entries()) {
    if (!stepIds.has(flow.from)) return fail(`flows[${index}].from`, `unknown step "${flow.from}"`);
    if (!stepIds.has(flow.to)) return fail(`flows[${index}].to`, `unknown step "${flow.to}"`);
    if (flow.from === flow.to) return fail(`flows[${index}].to`, "a step cannot flow into itself");
  }
  const roleIds = new Set(file.roles.map((role) => role.id));
  for (const [index, role] of file.roles.entries()) {
    if (!laneIds.has(role.laneId)) return fail(`roles[${index}].laneId`, `unknown lane "${role.laneId}"`);
  }
  const assigned = new Set<string>();
  for (const [index, entry] of file.raci.entries()) {
    if (!stepIds.has(entry.stepId)) return fail(`raci[${index}].stepId`, `unknown step "${entry.stepId}"`);
    if (!roleIds.has(entry.roleId)) return fail(`raci[${index}].roleId`, `unknown role "${entry.roleId}"`);
    const key = raciKey(entry.stepId, entry.roleId);
    if (assigned.has(key)) return fail(`raci[${index}]`, "a role holds one code per step");
    assigned.add(key);
  }
  const targets = {
    step: stepIds,
    flow: flowIds,
    lane: laneIds,
    note: new Set(file.notes.map((note) => note.id)),
    agreement: new Set(file.agreements.map((agreement) => agreement.id)),
  };
  for (const [index, note] of file.notes.entries()) {
    const { type, id } = note.target;
    if (type !== "board" && !targets[type].has(id)) return fail(`notes[${index}].target.id`, `unknown ${type} "${id}"`);
    if (type === "note" && id === note.id) return fail(`notes[${index}].target.id`, "a note cannot be on itself");
  }
  for (const [index, agreement] of file.agreements.entries()) {
    if (!laneIds.has(agreement.providerLaneId)) {
      return fail(`agreements[${index}].providerLaneId`, `unknown lane "${agreement.providerLaneId}"`);
    }
    if (!laneIds.has(agreement.customerLaneId)) {
      return fail(`agreements[${index}].customerLaneId`, `unknown lane "${agreement.customerLaneId}"`);
    }
    for (const [flowIndex, flowId] of agreement.flowIds.entries()) {
      if (!flowIds.has(flowId)) return fail(`agreements[${index}].flowIds[${flowIndex}]`, `unknown flow "${flowId}"`);
    }
  }
  return null;
}

/**
 * Validates an untrusted value (parsed JSON) as a board file. On failure the error names the
 * first bad field by its path, e.g. `steps[3].laneId: unknown lane "l9"`. Layout fields left
 * out get their defaults.
 */
export function parseBoardFile(input: unknown): ParseResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return fail("(file)", "expected a JSON object");
  }
  const parsed = boardFileSchema.safeParse(input);
  if (!parsed.success) return firstIssue(parsed.error);
  const problem = checkReferences(parsed.data);
  if (problem) return problem;
  const data = parsed.data;
  const board: BoardFile = {
    ...data,
    lanes: data.lanes.map((lane) => ({ ...lane, height: lane.height ?? DEFAULT_LANE_HEIGHT })),
    steps: data.steps.map((step) => ({ ...step, y: step.y ?? DEFAULT_STEP_Y })),
  };
  return { ok: true, board };
}

/** Parses JSON text and validates it; a syntax error is reported like any other bad field. */
export function parseBoardJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail("(file)", `not valid JSON (${(error as Error).message})`);
  }
  return parseBoardFile(value);
}
