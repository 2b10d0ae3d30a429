import { useState } from "react";
import type { BoardFile } from "@brownpaper/shared";
import { Modal } from "./modal";
import type { ImportedFile } from "./read-import-file";

const KIND_NAMES = { json: "board file", png: "Brownpaper picture", bpmn: "BPMN file" } as const;

interface ImportDialogProps {
  /** null while the file is being read. */
  imported: ImportedFile | null;
  /** Replacing the open board; absent on the landing page and for view links. */
  onReplace?: (board: BoardFile) => void;
  replaceHint?: string;
  onOpenNew: (board: BoardFile) => Promise<void>;
  onClose: () => void;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

/** What is in a file about to be imported, what will be left out, and where it should go. */
export function ImportDialog({ imported, onReplace, replaceHint, onOpenNew, onClose }: ImportDialogProps) {
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (imported === null) {
    return (
      <Modal title="Reading file…" onClose={onClose} testId="import-dialog" focusKey="reading">
        <p role="status">Checking the file…</p>
      </Modal>
    );
  }
  if (!imported.ok) {
    return (
      <Modal title="This file cannot be imported" onClose={onClose} testId="import-dialog" focusKey="refused">
        <p>
          <strong>{imported.name}</strong> was not imported. Nothing was changed.
        </p>
        <pre className="interchange-error" role="alert" data-testid="import-error">
          {imported.error}
        </pre>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </Modal>
    );
  }

  const { board, unmapped, kind, name } = imported;
  const openNew = async () => {
    setCreating(true);
    setFailure(null);
    try {
      await onOpenNew(board);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The board could not be created.");
      setCreating(false);
    }
  };

  return (
    <Modal
      title={`Import “${board.title}”`}
      onClose={onClose}
      testId="import-dialog"
      focusKey={confirmReplace ? "confirm" : "ready"}
    >
      <p>
        From the {KIND_NAMES[kind]} <strong>{name}</strong>: {count(board.lanes.length, "lane")},{" "}
        {count(board.steps.length, "step")}, {count(board.flows.length, "flow")}
        {board.notes.length > 0 ? `, ${count(board.notes.length, "note")}` : ""}.
      </p>
      {unmapped.length > 0 && (
        <div className="interchange-unmapped" data-testid="import-unmapped">
          <p>These parts of the file have no place on a Brownpaper map and will be left out:</p>
          <ul>
            {unmapped.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <p className="interchange-error" role="alert">
          {failure}
        </p>
      )}
      {confirmReplace && onReplace ? (
        <>
          <p className="interchange-warning" role="alert">
            {replaceHint ?? "Everything on this board is replaced for everyone on it."} Save a snapshot first if you may
            want the current map back.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setConfirmReplace(false)}>
              Back
            </button>
            <button
              type="button"
              className="button button--danger"
              data-testid="import-replace-confirm"
              onClick={() => onReplace(board)}
            >
              Replace the board
            </button>
          </div>
        </>
      ) : (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {onReplace && (
            <button
              type="button"
              className="button"
              data-testid="import-replace"
              onClick={() => setConfirmReplace(true)}
            >
              Replace this board…
            </button>
          )}
          <button
            type="button"
            className="button button--primary"
            data-testid="import-new-board"
            data-autofocus
            disabled={creating}
            onClick={() => void openNew()}
          >
            {creating ? "Creating…" : "Open as a new board"}
          </button>
        </div>
      )}
    </Modal>
  );
}
