import { useRef, useState, type ReactNode } from "react";
import type { BoardFile } from "@brownpaper/shared";
import { openAsNewBoard } from "./board-api";
import { ACCEPTED_FILES } from "./file-kind";
import { ImportDialog } from "./import-dialog";
import type { ImportedFile } from "./read-import-file";

interface ImportFlowOptions {
  /** Replaces the open board with the file; absent where there is no board to replace. */
  onReplace?: (board: BoardFile) => void;
  replaceHint?: string;
}

export interface ImportFlow {
  /** Opens the file picker. */
  pick: () => void;
  /** Reads the first of dropped or picked files and shows what is in it. */
  open: (files: readonly File[]) => void;
  /** The hidden file input and the dialog, to render once. */
  view: ReactNode;
}

/** File picker, drop target and dialog for importing a board file, shared by the board and landing pages. */
export function useImportFlow({ onReplace, replaceHint }: ImportFlowOptions = {}): ImportFlow {
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ reading: number; imported: ImportedFile | null } | null>(null);
  const reads = useRef(0);

  const open = (files: readonly File[]) => {
    const file = files[0];
    if (!file) return;
    const reading = ++reads.current;
    setState({ reading, imported: null });
    // The importers (BPMN, PNG, JSON validation) load on first use, as the exporters do.
    void import("./read-import-file")
      .then(({ readImportFile }) => readImportFile(file))
      .catch((error: unknown): ImportedFile => ({
        ok: false,
        name: file.name,
        error: `(file): ${error instanceof Error ? error.message : "could not be read"}`,
      }))
      .then((imported) => setState((current) => (current?.reading === reading ? { reading, imported } : current)));
  };
  const close = () => setState(null);

  const view = (
    <>
      <input
        ref={inputRef}
        type="file"
        hidden
        accept={ACCEPTED_FILES}
        data-testid="import-file-input"
        onChange={(event) => {
          open([...(event.currentTarget.files ?? [])]);
          event.currentTarget.value = "";
        }}
      />
      {state && (
        <ImportDialog
          key={state.reading}
          imported={state.imported}
          onReplace={
            onReplace &&
            ((board) => {
              onReplace(board);
              close();
            })
          }
          replaceHint={replaceHint}
          onOpenNew={async (board) => {
            await openAsNewBoard(board);
            close();
          }}
          onClose={close}
        />
      )}
    </>
  );
  return { pick: () => inputRef.current?.click(), open, view };
}
