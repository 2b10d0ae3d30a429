import type * as Y from "yjs";
import { boardSvg, exportBoardJson, exportBpmn, handoverRegisterCsv, raciCsv, type Board } from "@brownpaper/shared";
import { downloadName } from "./download-name";
import { renderBoardPng } from "./render-png";
import { saveFile } from "./save-file";

export type ExportFormat = "png" | "svg" | "json" | "bpmn" | "raci" | "handovers";

/** What happened, in words for a toast. */
export type ExportOutcome = { ok: true; message: string; notice?: string } | { ok: false; message: string };

/**
 * Makes one export of the board in the browser, with the same shared code the server's export
 * URLs use, and hands it to the download. `scale` only matters for PNG.
 */
export async function exportBoardAs(
  format: ExportFormat,
  board: Board,
  doc: Y.Doc,
  scale: number,
): Promise<ExportOutcome> {
  const title = board.meta.title;
  switch (format) {
    case "png": {
      const png = await renderBoardPng(board, exportBoardJson(doc), scale);
      if (!png.ok) return png;
      const name = downloadName(title, "png");
      saveFile(png.blob, name);
      return {
        ok: true,
        message: `Saved ${name} (${png.scale}×, ${png.width}×${png.height} px).`,
        ...(png.notice ? { notice: png.notice } : {}),
      };
    }
    case "svg":
      return save(boardSvg(board).svg, downloadName(title, "svg"), "image/svg+xml");
    case "json":
      return save(exportBoardJson(doc), downloadName(title, "json"), "application/json");
    case "bpmn":
      return save(exportBpmn(board), downloadName(title, "bpmn"), "application/xml");
    case "raci":
      return save(raciCsv(board), downloadName(title, "csv", { suffix: "raci" }), "text/csv");
    case "handovers":
      return save(handoverRegisterCsv(board), downloadName(title, "csv", { suffix: "handovers" }), "text/csv");
  }
}

function save(text: string, name: string, type: string): ExportOutcome {
  saveFile(text, name, `${type};charset=utf-8`);
  return { ok: true, message: `Saved ${name}.` };
}
