import { useState } from "react";
import { copyText } from "../../lib/copy-text";
import { useUiStore } from "../../state/store";
import { SurveyQrCode } from "./survey-qr-code";
import type { ReviewRoundControls } from "./use-review-round";

const answersText = (count: number | null) =>
  count === null ? "Counting answers…" : count === 1 ? "1 answer so far" : `${count} answers so far`;

/**
 * Opening a review round and running it: the survey link to copy or scan, the answers coming
 * in, and closing it (its scores then reach everyone through the board).
 */
export function ReviewRoundPanel({ controls, customer }: { controls: ReviewRoundControls; customer: string }) {
  const { round, responses, problem, busy, open, close } = controls;
  const [confirmClose, setConfirmClose] = useState(false);
  if (!round)
    return (
      <div className="review-round">
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="open-review-round"
          disabled={busy}
          onClick={() => void open()}
        >
          Open review round
        </button>
        <p className="review-round__hint">
          {customer}’s people get a link to rate each measure; only the averages come back to the board.
        </p>
        {problem && (
          <p className="problem" role="alert" data-testid="review-round-problem">
            {problem}
          </p>
        )}
      </div>
    );
  const copy = async () =>
    useUiStore
      .getState()
      .showToast((await copyText(round.surveyUrl)) ? "Survey link copied." : "Could not copy the link.");
  return (
    <div className="review-round review-round--open" data-testid="review-round" data-review-id={round.reviewId}>
      <p className="review-round__title">Review round open</p>
      {round.surveyUrl !== "" ? (
        <div className="review-round__share">
          <SurveyQrCode url={round.surveyUrl} label={`QR code of the survey link for ${customer}`} />
          <div className="review-round__link">
            <label className="field">
              <span className="field__label">Survey link for {customer}</span>
              <input
                className="field__input"
                readOnly
                value={round.surveyUrl}
                data-testid="survey-link"
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <button type="button" className="button button--small" data-testid="copy-survey-link" onClick={copy}>
              Copy link
            </button>
          </div>
        </div>
      ) : (
        <p className="review-round__hint">This round was opened from another browser: its link is there.</p>
      )}
      <p className="review-round__count" aria-live="polite" data-testid="review-responses" data-count={responses ?? ""}>
        {answersText(responses)}
      </p>
      {problem && (
        <p className="problem" role="alert" data-testid="review-round-problem">
          {problem}
        </p>
      )}
      {confirmClose ? (
        <div className="review-round__confirm" role="group" aria-label="Close the review round?">
          <span>Close the round? The link stops taking answers.</span>
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="confirm-close-review-round"
            disabled={busy}
            onClick={() => {
              setConfirmClose(false);
              void close();
            }}
          >
            Close round
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setConfirmClose(false)}>
            Keep open
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--small"
          data-testid="close-review-round"
          disabled={busy}
          onClick={() => setConfirmClose(true)}
        >
          Close round
        </button>
      )}
    </div>
  );
}
