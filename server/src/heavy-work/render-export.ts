import * as Y from "yjs";
import {
  boardSvg,
  exportBoardJson,
  exportBpmn,
  gapReport,
  handoverRegisterCsv,
  actionsCsv,
  migrateDoc,
  raciCsv,
  readBoard,
  SchemaTooNewError,
  type Board,
} from "@brownpaper/shared";
import { docOverCaps } from "./board-caps";
import { refused, type WorkOutcome } from "./outcome";

/** The exports a link may fetch: `GET /api/boards/:id/<resource>`. */
export const EXPORT_RESOURCES = ["export.json", "export.bpmn", "export.svg", "export.csv", "report.json"] as const;
export type ExportResource = (typeof EXPORT_RESOURCES)[number];

export const CSV_TABLES = {
  raci: { render: raciCsv, name: "raci" },
  handovers: { render: handoverRegisterCsv, name: "handovers" },
  actions: { render: (board: Board) => actionsCsv(board), name: "actions" },
} satisfies Record<string, { render: (board: Board) => string; name: string }>;
export type CsvTable = keyof typeof CSV_TABLES;

export function isCsvTable(table: string | null): table is CsvTable {
  return table !== null && Object.hasOwn(CSV_TABLES, table);
}

export interface ExportRequest {
  boardId: string;
  resource: ExportResource;
  /** Only for `export.csv`. */
  table?: CsvTable;
  /** The board as stored (in order) or as live (one update): applied to a scratch doc. */
  updates: Uint8Array[];
}

export interface RenderedExport {
  body: Uint8Array;
  type: string;
  /** File name for a download; absent for data an app reads (the report). */
  filename?: string;
}

function render(request: ExportRequest, doc: Y.Doc): { body: string; type: string; filename?: string } {
  const { boardId } = request;
  switch (request.resource) {
    case "export.json":
      return { body: exportBoardJson(doc), type: "application/json; charset=utf-8", filename: `${boardId}.json` };
    case "export.bpmn":
      return { body: exportBpmn(readBoard(doc)), type: "application/xml; charset=utf-8", filename: `${boardId}.bpmn` };
    case "export.svg":
      return { body: boardSvg(readBoard(doc)).svg, type: "image/svg+xml; charset=utf-8", filename: `${boardId}.svg` };
    case "export.csv": {
      const table = CSV_TABLES[request.table ?? "raci"];
      return {
        body: table.render(readBoard(doc)),
        type: "text/csv; charset=utf-8",
        filename: `${boardId}-${table.name}.csv`,
      };
    }
    case "report.json":
      return {
        body: `${JSON.stringify(gapReport(readBoard(doc)), null, 2)}\n`,
        type: "application/json; charset=utf-8",
      };
  }
}

/**
 * One export of a board, from its updates: the same shared code the browser uses, on a doc of
 * its own brought to the current schema (never written back). The body comes back as bytes, so
 * it can be handed from a worker without a copy.
 */
export function renderExport(request: ExportRequest): WorkOutcome<RenderedExport> {
  const doc = new Y.Doc();
  try {
    for (const [index, update] of request.updates.entries()) {
      try {
        Y.applyUpdate(doc, update);
      } catch (error) {
        return refused(
          500,
          `Stored update ${index + 1} of ${request.updates.length} of this board is unreadable: ${(error as Error).message}`,
        );
      }
    }
    const overCaps = docOverCaps(doc);
    if (overCaps) return refused(413, overCaps);
    try {
      migrateDoc(doc);
    } catch (error) {
      if (error instanceof SchemaTooNewError) return refused(409, error.message);
      throw error;
    }
    const { body, ...rest } = render(request, doc);
    // An ArrayBuffer of its own (not a slice of Node's pool), so it can be handed out of a worker.
    return { ok: true, value: { body: new TextEncoder().encode(body), ...rest } };
  } finally {
    doc.destroy();
  }
}
