import { useState } from "react";
import { setBoardTitle } from "@brownpaper/shared";
import { InlineTextInput } from "../../components/inline-text-input";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import "./board.css";

/** The board's title in the top bar; editors rename it by double-clicking. */
export function BoardTitle({ title }: { title: string }) {
  const { doc, readOnly } = useBoardSession();
  const [editing, setEditing] = useState(false);

  if (editing && !readOnly) {
    return (
      <InlineTextInput
        initial={title}
        label="Board title"
        testId="board-title-input"
        className="topbar__title-input"
        onCommit={(value) => {
          const saved = value.trim() === title || runCommand(() => setBoardTitle(doc, value)).ok;
          if (saved) setEditing(false);
          return saved;
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <h1
      className="topbar__title"
      title={readOnly ? title : `${title} (double-click to rename)`}
      onDoubleClick={readOnly ? undefined : () => setEditing(true)}
    >
      {title}
    </h1>
  );
}
