import { DropOverlay } from "./drop-overlay";
import { useFileDrop } from "./use-file-drop";
import { useImportFlow } from "./use-import-flow";
import "./interchange.css";

/** "Import a file" on the landing page, and the whole page as a drop target: files open as new boards. */
export function LandingImport() {
  const importFlow = useImportFlow();
  const dragging = useFileDrop(importFlow.open);
  return (
    <div className="landing__import">
      <button type="button" className="button button--quiet" data-testid="import-button" onClick={importFlow.pick}>
        Open a board file, PNG or BPMN…
      </button>
      {importFlow.view}
      {dragging && <DropOverlay text="Drop a board file, a Brownpaper PNG or a BPMN file to open it as a new board" />}
    </div>
  );
}
