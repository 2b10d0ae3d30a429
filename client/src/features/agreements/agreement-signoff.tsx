import { useState } from "react";
import { signAgreement, withdrawSignoff, type ServiceAgreement, type SignoffSide } from "@brownpaper/shared";
import { useName } from "../../state/preferences";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";

const when = (at: string) => at.slice(0, 10);

function SideSignoff({ agreement, side, lane }: { agreement: ServiceAgreement; side: SignoffSide; lane: string }) {
  const { doc, readOnly } = useBoardSession();
  const [name, setName] = useName();
  const [draft, setDraft] = useState("");
  const signature = side === "provider" ? agreement.signedByProvider : agreement.signedByCustomer;
  const retired = agreement.status === "retired";
  const sign = (as: string) => {
    if (runCommand(() => signAgreement(doc, agreement.id, side, as)).ok && name === "") setName(as);
  };
  return (
    <li className="signoff__side" data-testid={`signoff-${side}`} data-signed={signature ? "yes" : "no"}>
      <span className="signoff__lane">
        <small>{side === "provider" ? "Provider" : "Customer"}</small> {lane}
      </span>
      {signature ? (
        <>
          <span className="signoff__signed">
            ✓ Signed by <strong>{signature.name}</strong> on {when(signature.at)}
          </span>
          {!readOnly && (
            <button
              type="button"
              className="button button--small button--quiet"
              data-testid={`withdraw-${side}`}
              onClick={() => runCommand(() => withdrawSignoff(doc, agreement.id, side))}
            >
              Withdraw
            </button>
          )}
        </>
      ) : readOnly || retired ? (
        <span className="signoff__unsigned">Not signed</span>
      ) : name !== "" ? (
        <button type="button" className="button button--small" data-testid={`sign-${side}`} onClick={() => sign(name)}>
          Sign for {lane} as {name}
        </button>
      ) : (
        <form
          className="signoff__name"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.trim() !== "") sign(draft.trim());
          }}
        >
          <input
            className="field__input"
            aria-label={`Your name, to sign for ${lane}`}
            placeholder="Your name"
            value={draft}
            data-testid={`sign-${side}-name`}
            onKeyDown={(event) => event.stopPropagation()}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button--small" data-testid={`sign-${side}`}>
            Sign
          </button>
        </form>
      )}
    </li>
  );
}

/**
 * Both sides sign the agreement off; it is agreed once both have. Changing the terms afterwards
 * takes both signatures back, and the note says why.
 */
export function AgreementSignoff({
  agreement,
  provider,
  customer,
}: {
  agreement: ServiceAgreement;
  provider: string;
  customer: string;
}) {
  return (
    <div className="signoff" data-testid="agreement-signoff">
      <span className="field__label">Sign-off</span>
      {agreement.signoffNote && (
        <p className="signoff__note" role="status" data-testid="signoff-note">
          {agreement.signoffNote}
        </p>
      )}
      <ul className="signoff__sides">
        <SideSignoff agreement={agreement} side="provider" lane={provider} />
        <SideSignoff agreement={agreement} side="customer" lane={customer} />
      </ul>
      {agreement.status === "agreed" && <p className="signoff__agreed">Agreed by both sides.</p>}
    </div>
  );
}
