import type { EntityModule } from "./common";
import { boardMetaEntity } from "./board";
import { laneEntity } from "./lane";
import { stepEntity } from "./step";
import { flowEntity } from "./flow";
import { roleEntity } from "./role";
import { raciEntity } from "./raci";
import { noteEntity } from "./note";
import { agreementEntity } from "./agreement";

/**
 * Every entity module of the board doc, one per root map (a test holds this list and `ROOT`
 * to each other). Adding an entity means a module in this folder and a line here.
 */
export const BOARD_ENTITIES: readonly EntityModule[] = [
  boardMetaEntity,
  laneEntity,
  stepEntity,
  flowEntity,
  roleEntity,
  raciEntity,
  noteEntity,
  agreementEntity,
];

/** The root maps that hold one entry per entity: what replacing a whole board empties first. */
export const COLLECTION_ROOTS = BOARD_ENTITIES.filter((entity) => entity.storage !== "fields").map(
  (entity) => entity.root,
);

/** The root maps of `document` scope: saved with the board and synced to everyone on it. */
export const DOCUMENT_ROOTS = BOARD_ENTITIES.filter((entity) => entity.scope === "document").map(
  (entity) => entity.root,
);
