import type * as Y from "yjs";
import { z } from "zod";
import { optionalOneOf, str } from "../doc/coerce";
import { ROOT, toYMap, type EntityMap } from "../doc/layout";
import { idSchema, shortText, type EntityModule } from "./common";

export const HANDOVER_CHANNELS = ["system", "email", "ticket", "verbal", "paper"] as const;
export type HandoverChannel = (typeof HANDOVER_CHANNELS)[number];

export const flowEntity: EntityModule = { root: ROOT.flows, scope: "document", storage: "records" };

/** What changes hands on a handover; only meaningful when the flow crosses lanes. */
export const handoverSchema = z.object({
  artifact: shortText.default(""),
  channel: z.enum(HANDOVER_CHANNELS).optional(),
});

export const flowSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  label: shortText.default(""),
  handover: handoverSchema.optional(),
});

export type HandoverDetails = z.output<typeof handoverSchema>;

/** A directed connection between two steps. */
export type Flow = z.output<typeof flowSchema>;

/** Reads a flow from its Y.Map; the doc keeps the handover's fields flat beside the flow's. */
export function readFlow(id: string, map: Y.Map<unknown>): Flow {
  const flow: Flow = { id, from: str(map, "from"), to: str(map, "to"), label: str(map, "label") };
  const artifact = str(map, "artifact");
  const channel = optionalOneOf(map, "channel", HANDOVER_CHANNELS);
  if (artifact !== "" || channel !== undefined) {
    flow.handover = channel === undefined ? { artifact } : { artifact, channel };
  }
  return flow;
}

/** The Y.Map of a new flow, read back by `readFlow`. */
export function toFlowYMap(flow: Omit<Flow, "id">): EntityMap {
  return toYMap({
    from: flow.from,
    to: flow.to,
    label: flow.label,
    artifact: flow.handover?.artifact,
    channel: flow.handover?.channel,
  });
}
