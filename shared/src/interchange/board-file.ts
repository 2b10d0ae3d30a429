import { z } from "zod";
import { laneSchema, type Lane } from "../schema/lane";
import { stepSchema, type Step } from "../schema/step";
import { flowSchema, type Flow } from "../schema/flow";
import { roleSchema, type Role } from "../schema/role";
import { raciSchema, type RaciAssignment } from "../schema/raci";
import { noteSchema, type Note } from "../schema/note";
import { agreementSchema, type ServiceAgreement } from "../schema/agreement";
import { boardMetaShape, type BoardState } from "../schema/board";

export const BOARD_FILE_FORMAT = "brownpaper/board";
export const BOARD_FILE_VERSION = 1;

/** The JSON interchange format of DOMAIN.md. `height` on lanes and `y` on steps carry layout. */
export interface BoardFile {
  format: typeof BOARD_FILE_FORMAT;
  version: typeof BOARD_FILE_VERSION;
  title: string;
  scope: { trigger: string; outcome: string };
  state: BoardState;
  dotsPerParticipant: number;
  lanes: Lane[];
  steps: Step[];
  flows: Flow[];
  roles: Role[];
  raci: RaciAssignment[];
  notes: Note[];
  agreements: ServiceAgreement[];
}

const MAX_ENTITIES = 50_000;

/** Structure of a board file; cross-references are checked afterwards by `parseBoardFile`. */
export const boardFileSchema = z.object({
  format: z.literal(BOARD_FILE_FORMAT, { error: `must be "${BOARD_FILE_FORMAT}"` }),
  version: z.literal(BOARD_FILE_VERSION, { error: `must be ${BOARD_FILE_VERSION}` }),
  ...boardMetaShape,
  lanes: z.array(laneSchema).max(1000).default([]),
  steps: z.array(stepSchema).max(MAX_ENTITIES).default([]),
  flows: z.array(flowSchema).max(MAX_ENTITIES).default([]),
  roles: z.array(roleSchema).max(MAX_ENTITIES).default([]),
  raci: z.array(raciSchema).max(MAX_ENTITIES).default([]),
  notes: z.array(noteSchema).max(MAX_ENTITIES).default([]),
  agreements: z.array(agreementSchema).max(MAX_ENTITIES).default([]),
});
