import { useState } from "react";
import type { AccessRole } from "@brownpaper/shared";
import { copyText } from "../../lib/copy-text";
import { onThisOrigin, tokenFromHash } from "../../lib/board-links";
import { useUiStore } from "../../state/store";
import { selectSetShareOpen, selectShareOpen } from "../../state/selectors";
import { useShareLinks, type ShareableLinks } from "./use-share-links";
import "./board.css";

const LINK_ROWS: { role: AccessRole; title: string; hint: string }[] = [
  { role: "edit", title: "Edit link", hint: "For participants: they can add and change everything." },
  { role: "view", title: "View link", hint: "For sponsors and remote viewers: they can watch, not change." },
];

/** The board's links to hand out: edit and view for the facilitator and editors, the view link on a view link. */
export function SharePopover({ boardId, role }: { boardId: string; role: AccessRole }) {
  const open = useUiStore(selectShareOpen);
  const setOpen = useUiStore(selectSetShareOpen);
  const token = tokenFromHash(window.location.hash) ?? "";
  const shared = useShareLinks(boardId, token, role, open);

  return (
    <div className="share">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(!open)}
      >
        Share
      </button>
      {open && (
        <div className="share__popover" role="dialog" aria-label="Share this board">
          {shared.state === "loading" ? (
            <p className="share__note">Getting the board's links…</p>
          ) : (
            <ShareRows links={shared.links} role={role} />
          )}
          {shared.state === "offline" && (
            <p className="share__note">The server cannot be reached: showing the links this browser knows.</p>
          )}
          {shared.state === "refused" && (
            <p className="share__note">The server no longer accepts this link, so it cannot hand out others.</p>
          )}
        </div>
      )}
    </div>
  );
}

function ShareRows({ links, role }: { links: ShareableLinks; role: AccessRole }) {
  const origin = window.location.origin;
  const rows = LINK_ROWS.filter((row) => links[row.role] !== undefined);
  if (rows.length === 0)
    return (
      <p className="share__note">The board's links are not available right now. Try again once you are connected.</p>
    );
  return (
    <>
      {rows.map((row) => (
        <LinkRow key={row.role} title={row.title} hint={row.hint} link={onThisOrigin(links[row.role] ?? "", origin)} />
      ))}
      {role === "facilitator" && (
        <p className="share__note">Your own link is the facilitator link. Keep it to yourself.</p>
      )}
    </>
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
