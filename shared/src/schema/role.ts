import { z } from "zod";
import { idSchema, shortText, type Scope } from "./common";

/** A role (never a person's name) that belongs to a lane. */
export interface Role {
  id: string;
  name: string;
  laneId: string;
}

export const roleScope: Scope = "document";

export const roleSchema = z.object({
  id: idSchema,
  name: shortText.min(1, "must not be empty"),
  laneId: idSchema,
});
