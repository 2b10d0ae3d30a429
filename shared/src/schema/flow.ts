import { z } from "zod";
import { idSchema, shortText, type Scope } from "./common";

export const HANDOVER_CHANNELS = ["system", "email", "ticket", "verbal", "paper"] as const;
export type HandoverChannel = (typeof HANDOVER_CHANNELS)[number];

/** What changes hands on a handover; only meaningful when the flow crosses lanes. */
export interface HandoverDetails {
  artifact: string;
  channel?: HandoverChannel;
}

/** A directed connection between two steps. */
export interface Flow {
  id: string;
  from: string;
  to: string;
  label: string;
  handover?: HandoverDetails;
}

export const flowScope: Scope = "document";

export const flowSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  label: shortText.default(""),
  handover: z.object({ artifact: shortText.default(""), channel: z.enum(HANDOVER_CHANNELS).optional() }).optional(),
});
