import type { IncomingMessage, ServerResponse } from "node:http";
import { EXPORT_RESOURCES, isCsvTable, type ExportResource } from "../heavy-work/render-export";
import { authorise, type BoardRouteDeps } from "./board-routes";
import { HttpError } from "./respond";

function isExportResource(resource: string): resource is ExportResource {
  return (EXPORT_RESOURCES as readonly string[]).includes(resource);
}

/**
 * `GET /api/boards/:id/<export.json|export.bpmn|export.svg|export.csv|report.json>` with any
 * valid link: the same shared code the browser uses, run on the server's copy of the board in a
 * worker thread (see HeavyWork).
 */
export async function sendBoardExport(
  req: IncomingMessage,
  res: ServerResponse,
  boardId: string,
  resource: string,
  deps: BoardRouteDeps,
): Promise<void> {
  if (!isExportResource(resource)) throw new HttpError(404, "Not found.");
  await authorise(req, boardId, deps);
  const table = new URL(req.url ?? "/", "http://localhost").searchParams.get("table");
  if (resource === "export.csv" && !isCsvTable(table)) {
    throw new HttpError(400, "Say which table: ?table=raci, ?table=handovers or ?table=actions.");
  }
  const rendered = await deps.heavyWork.exportBoard(
    boardId,
    resource,
    resource === "export.csv" && isCsvTable(table) ? table : undefined,
    deps,
  );
  res.writeHead(200, {
    "content-type": rendered.type,
    "content-length": rendered.body.byteLength,
    ...(rendered.filename ? { "content-disposition": `attachment; filename="${rendered.filename}"` } : {}),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(rendered.body);
}
