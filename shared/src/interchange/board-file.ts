import { z } from "zod";
import { laneSchema, type Lane } from "../schema/lane";
import { stepSchema, type Step } from "../schema/step";
import { flowSchema } from "../schema/flow";
import { roleSchema } from "../schema/role";
import { raciSchema } from "../schema/raci";
import { noteSchema } from "../schema/note";
import { agreementSchema } from "../schema/agreement";
import { boardMetaSchema } from "../schema/board";

export const BOARD_FILE_FORMAT = "brownpaper/board";
export const BOARD_FILE_VERSION = 1;

const MAX_ENTITIES = 50_000;
const MAX_LANES = 1000;

/** Structure of a board file; cross-references are checked afterwards by `parseBoardFile`. */
export const boardFileSchema = z.object({
  format: z.literal(BOARD_FILE_FORMAT, { error: `must be "${BOARD_FILE_FORMAT}"` }),
  version: z.literal(BOARD_FILE_VERSION, { error: `must be ${BOARD_FILE_VERSION}` }),
  ...boardMetaSchema.shape,
  lanes: z.array(laneSchema).max(MAX_LANES).default([]),
  steps: z.array(stepSchema).max(MAX_ENTITIES).default([]),
  flows: z.array(flowSchema).max(MAX_ENTITIES).default([]),
  roles: z.array(roleSchema).max(MAX_ENTITIES).default([]),
  raci: z.array(raciSchema).max(MAX_ENTITIES).default([]),
  notes: z.array(noteSchema).max(MAX_ENTITIES).default([]),
  agreements: z.array(agreementSchema).max(MAX_ENTITIES).default([]),
});

/**
 * A board file (the JSON interchange format) once parsed: what the schema checks, with the
 * layout a file may leave out filled in (`height` on lanes, `y` on steps).
 */
export interface BoardFile extends Omit<z.output<typeof boardFileSchema>, "lanes" | "steps"> {
  lanes: Lane[];
  steps: Step[];
}
