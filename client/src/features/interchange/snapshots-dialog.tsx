import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { BoardFile } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { listSnapshots, loadSnapshot, openAsNewBoard, saveSnapshot, type SnapshotInfo } from "./board-api";
import { Modal } from "./modal";
import { replaceBoard } from "./replace-board";
import { usePreferences } from "../../state/preferences";

// The picture is drawn by the SVG exporter, which loads only when a snapshot is opened.
const SnapshotPreview = lazy(() =>
  import("./snapshot-preview").then((module) => ({ default: module.SnapshotPreview })),
);

type Opened = { info: SnapshotInfo; file: BoardFile; confirmRestore: boolean };

const message = (error: unknown) => (error instanceof Error ? error.message : "Something went wrong.");

/** Named snapshots of the board: save one, see the list, preview, restore or open as a new board. */
export function SnapshotsDialog({ onClose }: { onClose: () => void }) {
  const { boardId, doc, role, readOnly } = useBoardSession();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    listSnapshots(boardId).then(setSnapshots, (failure: unknown) => setError(message(failure)));
  }, [boardId]);
  useEffect(refresh, [refresh]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(message(failure));
    } finally {
      setBusy(false);
    }
  };

  const open = (info: SnapshotInfo, confirmRestore = false) =>
    act(async () => setOpened({ info, file: await loadSnapshot(boardId, info.id), confirmRestore }));

  const restore = ({ info, file }: Opened) => {
    replaceBoard(doc, file, role);
    useUiStore.getState().showToast(`Restored snapshot “${info.name}”.`);
    onClose();
  };

  if (opened) {
    const { info } = opened;
    return (
      <Modal
        title={`Snapshot “${info.name}”`}
        onClose={onClose}
        wide
        testId="snapshots-dialog"
        focusKey={`${info.id}:${opened.confirmRestore}`}
      >
        <p className="snapshot-meta">{describe(info)}</p>
        <Suspense fallback={<p className="snapshot-meta">Drawing the snapshot…</p>}>
          <SnapshotPreview file={opened.file} name={info.name} />
        </Suspense>
        {error && (
          <p className="interchange-error" role="alert">
            {error}
          </p>
        )}
        {opened.confirmRestore && (
          <p className="interchange-warning" role="alert">
            Restoring replaces everything on the board with this snapshot, for everyone on it. Save a snapshot of the
            current map first if you may want it back.
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => setOpened(null)}>
            Back to the list
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(() => openAsNewBoard(opened.file))}
          >
            Open as a new board
          </button>
          {!readOnly &&
            (opened.confirmRestore ? (
              <button
                type="button"
                className="button button--danger"
                data-testid="snapshot-restore-confirm"
                onClick={() => restore(opened)}
              >
                Replace the board with this snapshot
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                data-testid="snapshot-restore"
                onClick={() => setOpened({ ...opened, confirmRestore: true })}
              >
                Restore…
              </button>
            ))}
        </div>
      </Modal>
    );
  }

  return (
    <Modal title="Snapshots" onClose={onClose} testId="snapshots-dialog" focusKey="list">
      {!readOnly && (
        <SaveSnapshotForm
          busy={busy}
          onSave={(request) =>
            act(async () => {
              const saved = await saveSnapshot(boardId, request);
              useUiStore.getState().showToast(`Saved snapshot “${saved.name}”.`);
              refresh();
            })
          }
        />
      )}
      {error && (
        <p className="interchange-error" role="alert">
          {error}
        </p>
      )}
      {snapshots === null ? (
        <p role="status">Loading snapshots…</p>
      ) : snapshots.length === 0 ? (
        <p className="snapshot-empty">
          No snapshots yet.{readOnly ? "" : " Save one before a redesign to keep the as-is map."}
        </p>
      ) : (
        <ul className="snapshot-list" aria-label="Saved snapshots">
          {snapshots.map((info) => (
            <li key={info.id} className="snapshot-row" data-testid="snapshot-row" data-snapshot-name={info.name}>
              <div>
                <div className="snapshot-row__name">{info.name}</div>
                <div className="snapshot-meta">{describe(info)}</div>
              </div>
              <div className="snapshot-row__actions">
                <button type="button" className="button button--small" disabled={busy} onClick={() => void open(info)}>
                  Preview
                </button>
                {!readOnly && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    onClick={() => void open(info, true)}
                  >
                    Restore…
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function describe(info: SnapshotInfo): string {
  const when = new Date(info.createdAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return info.author ? `${when} · ${info.author}` : when;
}

function SaveSnapshotForm({
  busy,
  onSave,
}: {
  busy: boolean;
  onSave: (request: { name: string; author: string }) => Promise<void>;
}) {
  const [name, setName] = useState("");
  const [author, setAuthor] = useState(() => usePreferences.getState().name);
  return (
    <form
      className="snapshot-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === "") return;
        usePreferences.getState().setName(author);
        void onSave({ name, author }).then(() => setName(""));
      }}
    >
      <label>
        <span>Name</span>
        <input
          value={name}
          maxLength={120}
          required
          placeholder="e.g. As-is before the redesign"
          data-testid="snapshot-name"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label>
        <span>Your name</span>
        <input
          value={author}
          maxLength={80}
          placeholder="optional"
          data-testid="snapshot-author"
          onChange={(event) => setAuthor(event.target.value)}
        />
      </label>
      <button
        type="submit"
        className="button button--primary"
        data-testid="snapshot-save"
        disabled={busy || name.trim() === ""}
      >
        Save snapshot
      </button>
    </form>
  );
}
