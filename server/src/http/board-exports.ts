import type { IncomingMessage, ServerResponse } from "node:http";
import {
  boardSvg,
  exportBoardJson,
  exportBpmn,
  gapReport,
  handoverRegisterCsv,
  raciCsv,
  readBoard,
  type Board,
} from "@brownpaper/shared";
import { authorise, readBoardDoc, type BoardRouteDeps } from "./board-routes";
import { HttpError } from "./respond";

interface Rendered {
  body: string;
  type: string;
  /** File name for a download; absent for data an app reads (the report). */
  filename?: string;
}

const CSV_TABLES: Record<string, { render: (board: Board) => string; name: string }> = {
  raci: { render: raciCsv, name: "raci" },
  handovers: { render: handoverRegisterCsv, name: "handovers" },
};

function render(resource: string, board: Board, boardId: string, query: URLSearchParams): Rendered {
  switch (resource) {
    case "export.bpmn":
      return { body: exportBpmn(board), type: "application/xml; charset=utf-8", filename: `${boardId}.bpmn` };
    case "export.svg":
      return { body: boardSvg(board).svg, type: "image/svg+xml; charset=utf-8", filename: `${boardId}.svg` };
    case "export.csv": {
      const table = CSV_TABLES[query.get("table") ?? ""];
      if (!table) throw new HttpError(400, "Say which table: ?table=raci or ?table=handovers.");
      return { body: table.render(board), type: "text/csv; charset=utf-8", filename: `${boardId}-${table.name}.csv` };
    }
    case "report.json":
      return { body: `${JSON.stringify(gapReport(board), null, 2)}\n`, type: "application/json; charset=utf-8" };
    default:
      throw new HttpError(404, "Not found.");
  }
}

/**
 * `GET /api/boards/:id/<export.json|export.bpmn|export.svg|export.csv|report.json>` with any
 * valid link: the same shared code the browser uses, run on the server's copy of the board.
 */
export async function sendBoardExport(
  req: IncomingMessage,
  res: ServerResponse,
  boardId: string,
  resource: string,
  deps: BoardRouteDeps,
): Promise<void> {
  await authorise(req, boardId, deps);
  const query = new URL(req.url ?? "/", "http://localhost").searchParams;
  const rendered =
    resource === "export.json"
      ? {
          body: await readBoardDoc(boardId, deps, exportBoardJson),
          type: "application/json; charset=utf-8",
          filename: `${boardId}.json`,
        }
      : await readBoardDoc(boardId, deps, (doc) => render(resource, readBoard(doc), boardId, query));
  res.writeHead(200, {
    "content-type": rendered.type,
    "content-length": Buffer.byteLength(rendered.body),
    ...(rendered.filename ? { "content-disposition": `attachment; filename="${rendered.filename}"` } : {}),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(rendered.body);
}
