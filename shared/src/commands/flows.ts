import type * as Y from "yjs";
import { type BoardMaps, forEachEntity, getEntity } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { clipShort } from "../schema/common";
import { HANDOVER_CHANNELS, toFlowYMap, type HandoverChannel } from "../schema/flow";
import { newId } from "../ids";
import { CommandError } from "./command-error";
import { removeFlow } from "./cascade";
import { transact } from "./transact";

function requireFlow(maps: BoardMaps, flowId: string): Y.Map<unknown> {
  const flow = getEntity(maps.flows, flowId);
  if (!flow) throw new CommandError(`There is no flow "${flowId}".`);
  return flow;
}

export interface ConnectInput {
  from: string;
  to: string;
  label?: string;
  id?: string;
}

/** Connects two steps with a flow and returns its id; an existing identical flow is reused. */
export function connect(doc: Y.Doc, input: ConnectInput, origin?: Origin): string {
  return transact(doc, origin, (maps) => {
    if (input.from === input.to) throw new CommandError("A step cannot flow into itself.");
    for (const stepId of [input.from, input.to]) {
      if (!maps.steps.has(stepId)) throw new CommandError(`There is no step "${stepId}".`);
    }
    let existing: string | undefined;
    forEachEntity(maps.flows, (flow, flowId) => {
      if (flow.get("from") === input.from && flow.get("to") === input.to) existing = flowId;
    });
    if (existing !== undefined) return existing;
    const id = input.id ?? newId("flow");
    maps.flows.set(id, toFlowYMap({ from: input.from, to: input.to, label: clipShort(input.label ?? "") }));
    return id;
  });
}

export function setFlowLabel(doc: Y.Doc, flowId: string, label: string, origin?: Origin): void {
  transact(doc, origin, (maps) => requireFlow(maps, flowId).set("label", clipShort(label.trim())));
}

/** Sets what changes hands on a handover and through which channel (`null` clears the channel). */
export function setHandoverDetails(
  doc: Y.Doc,
  flowId: string,
  details: { artifact?: string; channel?: HandoverChannel | null },
  origin?: Origin,
): void {
  transact(doc, origin, (maps) => {
    const flow = requireFlow(maps, flowId);
    if (details.artifact !== undefined) flow.set("artifact", clipShort(details.artifact));
    if (details.channel === null) flow.delete("channel");
    else if (details.channel !== undefined) {
      if (!HANDOVER_CHANNELS.includes(details.channel)) throw new CommandError(`Unknown channel "${details.channel}".`);
      flow.set("channel", details.channel);
    }
  });
}

/** Removes a flow, its notes and its place in any service agreement. */
export function disconnect(doc: Y.Doc, flowId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    requireFlow(maps, flowId);
    removeFlow(maps, flowId);
  });
}
