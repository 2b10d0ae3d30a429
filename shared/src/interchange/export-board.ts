import type * as Y from "yjs";
import { readBoard, type Board } from "../doc/read-board";
import { BOARD_FILE_FORMAT, BOARD_FILE_VERSION, type BoardFile } from "./board-file";

/** The board as a plain interchange file. Key order is fixed so output is byte-stable. */
export function boardToFile(board: Board): BoardFile {
  return {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    title: board.meta.title,
    scope: { trigger: board.meta.scope.trigger, outcome: board.meta.scope.outcome },
    state: board.meta.state,
    dotsPerParticipant: board.meta.dotsPerParticipant,
    lanes: board.lanes.map(({ orderKey: _orderKey, ...lane }) => lane),
    steps: board.steps.map((step) => ({ ...step })),
    flows: board.flows.map((flow) => ({ ...flow })),
    roles: board.roles.map((role) => ({ ...role })),
    raci: board.raci.map((entry) => ({ ...entry })),
    notes: board.notes.map((note) => ({ ...note })),
    agreements: board.agreements.map((agreement) => ({ ...agreement })),
  };
}

/** Exports a board doc in the JSON interchange format. */
export function exportBoard(doc: Y.Doc): BoardFile {
  return boardToFile(readBoard(doc));
}

/** The interchange file as pretty-printed JSON text. */
export function exportBoardJson(doc: Y.Doc): string {
  return `${JSON.stringify(exportBoard(doc), null, 2)}\n`;
}
