import { useMemo, useState } from "react";
import {
  agreementReviewSummary,
  MAX_REVIEW_INTERVAL_DAYS,
  setReviewInterval,
  todayIso,
  type Board,
  type Rag,
  type ReviewDue,
  type ServiceAgreement,
} from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { ReviewChart } from "./review-chart";
import { ReviewRoundPanel } from "./review-round-panel";
import { scoreText, trendText } from "./score-text";
import { useReviewRound } from "./use-review-round";

const RAG_TEXT: Record<Rag, string> = { green: "Green", amber: "Amber", red: "Red" };
const DUE_TEXT: Record<ReviewDue, string> = {
  overdue: "Review overdue",
  soon: "Review due soon",
  ok: "Review on time",
};

/** Days between a round's close and the next review, saved on Enter or when leaving the field. */
function IntervalField({ agreement, readOnly }: { agreement: ServiceAgreement; readOnly: boolean }) {
  const { doc } = useBoardSession();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const days = Number(draft.trim());
    if (draft.trim() === "" || days === agreement.reviewIntervalDays) return setDraft(null);
    if (runCommand(() => setReviewInterval(doc, agreement.id, days)).ok) setDraft(null);
  };
  return (
    <label className="field review-interval">
      <span className="field__label">Review every (days)</span>
      <input
        type="number"
        className="field__input"
        min={1}
        max={MAX_REVIEW_INTERVAL_DAYS}
        step={1}
        inputMode="numeric"
        readOnly={readOnly}
        data-testid="review-interval"
        value={draft ?? String(agreement.reviewIntervalDays)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === "Enter") commit();
          if (event.key === "Escape") setDraft(null);
        }}
      />
    </label>
  );
}

/**
 * The agreement's review loop: its red/amber/green status and trend, the history of closed
 * rounds as a chart and a list, the round running now, and how often it is reviewed.
 */
export function ReviewSection({ board, agreement }: { board: Board; agreement: ServiceAgreement }) {
  const { boardId, readOnly, role } = useBoardSession();
  const summary = useMemo(() => agreementReviewSummary(agreement, todayIso()), [agreement]);
  const closedIds = useMemo(() => agreement.reviews.map((review) => review.id), [agreement.reviews]);
  const controls = useReviewRound(boardId, agreement.id, closedIds);
  const customer = board.lanes.find((lane) => lane.id === agreement.customerLaneId)?.name || "The customer";
  const latest = summary.reviews.at(-1);
  const latestComments = agreement.reviews.at(-1)?.comments ?? [];
  const canRun = !readOnly && role !== "view" && agreement.status !== "retired";

  return (
    <section className="reviews" data-testid="agreement-reviews" aria-label="Reviews">
      <div className="reviews__head">
        <span className="field__label">Reviews</span>
        {summary.rag && (
          <span className={`rag-chip rag-chip--${summary.rag}`} data-testid="review-rag" data-rag={summary.rag}>
            {RAG_TEXT[summary.rag]}
          </span>
        )}
        {summary.reviewDue && summary.reviewDue !== "ok" && (
          <span className={`due-chip due-chip--${summary.reviewDue}`} data-testid="review-due">
            {DUE_TEXT[summary.reviewDue]}
          </span>
        )}
      </div>
      {summary.reviews.length === 0 ? (
        <p className="panel-empty">No review round closed yet.</p>
      ) : (
        <>
          <ReviewChart reviews={summary.reviews} />
          <p className="reviews__latest" data-testid="review-latest">
            Latest round {latest!.closedAt.slice(0, 10)}: {scoreText(latest!.combined)}
            {summary.trend !== null && <span data-testid="review-trend"> · {trendText(summary.trend)}</span>}
            {latest!.focus !== null && <span> · focus {scoreText(latest!.focus)}</span>}
          </p>
          <details className="reviews__history">
            <summary>All rounds ({summary.reviews.length})</summary>
            <table className="review-table" data-testid="review-history">
              <thead>
                <tr>
                  <th scope="col">Closed</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Score</th>
                  <th scope="col">Focus</th>
                </tr>
              </thead>
              <tbody>
                {[...summary.reviews].reverse().map((review) => (
                  <tr key={review.reviewId}>
                    <td>{review.closedAt.slice(0, 10)}</td>
                    <td>{review.responses}</td>
                    <td>{scoreText(review.combined)}</td>
                    <td>{scoreText(review.focus)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {latestComments.length > 0 && (
            <details className="reviews__comments">
              <summary>Comments from the latest round ({latestComments.length})</summary>
              <ul>
                {latestComments.map((comment, index) => (
                  <li key={index}>{comment}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {canRun && <ReviewRoundPanel controls={controls} customer={customer} />}
      <IntervalField agreement={agreement} readOnly={readOnly} />
    </section>
  );
}
