import { useState } from "react";
import type { AccessRole } from "@brownpaper/shared";
import { copyText } from "../../lib/copy-text";
import { onThisOrigin } from "../../lib/board-links";
import { loadShareLinks } from "../../lib/share-links";
import { useUiStore } from "../../state/store";
import { selectSetShareOpen, selectShareOpen } from "../../state/selectors";

/** Links to hand out: the edit and view links for the facilitator who created the board, else this page's link. */
export function SharePopover({ boardId, role }: { boardId: string; role: AccessRole }) {
  const open = useUiStore(selectShareOpen);
  const setOpen = useUiStore(selectSetShareOpen);
  const stored = role === "facilitator" ? loadShareLinks(boardId) : null;
  const origin = window.location.origin;

  return (
    <div className="share">
      <button type="button" className="button" aria-expanded={open} aria-haspopup="dialog" onClick={() => setOpen(!open)}>
        Share
      </button>
      {open && (
        <div className="share__popover" role="dialog" aria-label="Share this board">
          {stored ? (
            <>
              <LinkRow title="Edit link" hint="For participants: they can add and change everything." link={onThisOrigin(stored.editUrl, origin)} />
              <LinkRow title="View link" hint="For sponsors and remote viewers: they can watch, not change." link={onThisOrigin(stored.viewUrl, origin)} />
              <p className="share__note">Your own link is the facilitator link. Keep it to yourself.</p>
            </>
          ) : (
            <LinkRow
              title="Copy this link"
              hint={role === "facilitator" ? "This is your facilitator link: whoever has it can run the board." : "Anyone with this link can edit the board."}
              link={window.location.href}
            />
          )}
        </div>
      )}
    </div>
  );
}

function LinkRow({ title, hint, link }: { title: string; hint: string; link: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="share__row">
      <div className="share__title">{title}</div>
      <div className="share__hint">{hint}</div>
      <div className="share__field">
        <input readOnly value={link} aria-label={title} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="button button--small"
          onClick={async () => {
            const ok = await copyText(link);
            if (!ok) useUiStore.getState().showToast("Could not copy; select the link and copy it yourself.");
            setCopied(ok);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}
