import { useState } from "react";
import type { Board, BoardFile } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { DropOverlay } from "./drop-overlay";
import { ExportMenu } from "./export-menu";
import { replaceBoard } from "./replace-board";
import { SnapshotsDialog } from "./snapshots-dialog";
import { useFileDrop } from "./use-file-drop";
import { useImportFlow } from "./use-import-flow";
import "./interchange.css";

/** Export and import of the map (pictures, JSON, BPMN, CSV) and snapshots, in the board's top bar. */
export function InterchangeMenu({ board }: { board: Board }) {
  const { doc, role, readOnly } = useBoardSession();
  const [snapshotsOpen, setSnapshotsOpen] = useState(false);
  const replace = (file: BoardFile) => {
    replaceBoard(doc, file, role);
    useUiStore.getState().showToast(`Replaced the board with “${file.title}”.`);
  };
  const importFlow = useImportFlow(
    readOnly
      ? {}
      : {
          onReplace: replace,
          replaceHint: `Everything on “${board.meta.title}” is replaced, for everyone on the board.`,
        },
  );
  const dragging = useFileDrop(importFlow.open);

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        data-testid="import-button"
        title="Open a board file, a Brownpaper PNG or a BPMN file"
        onClick={importFlow.pick}
      >
        Import
      </button>
      <button
        type="button"
        className="button button--quiet"
        data-testid="snapshots-button"
        aria-haspopup="dialog"
        onClick={() => setSnapshotsOpen(true)}
      >
        Snapshots
      </button>
      <ExportMenu board={board} />
      {importFlow.view}
      {snapshotsOpen && <SnapshotsDialog onClose={() => setSnapshotsOpen(false)} />}
      {dragging && (
        <DropOverlay
          text={
            readOnly
              ? "Drop a board file to open it as a new board"
              : "Drop a board file, a Brownpaper PNG or a BPMN file to import it"
          }
        />
      )}
    </>
  );
}
