import { useMemo } from "react";
import { todayIso, type Board } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import { selectSetOpenAgreement } from "../../state/selectors";
import { Section } from "../../components/fields/section";
import { dueReviews } from "./due-reviews";

/** The reviews to run next, at the top of the agreements tab: overdue ones in red. */
export function DueReviews({ board }: { board: Board }) {
  const setOpen = useUiStore(selectSetOpenAgreement);
  const due = useMemo(() => dueReviews(board, todayIso()), [board]);
  if (due.length === 0) return null;
  const laneName = (id: string) => board.lanes.find((lane) => lane.id === id)?.name ?? "?";
  return (
    <Section title={`Reviews due (${due.length})`} testId="due-reviews">
      <ul className="due-list">
        {due.map((review) => (
          <li
            key={review.agreementId}
            className={`due-list__item due-list__item--${review.due}`}
            data-testid="due-review"
            data-due={review.due}
          >
            <button type="button" className="link-button" onClick={() => setOpen(review.agreementId)}>
              {laneName(review.providerLaneId)} → {laneName(review.customerLaneId)}
            </button>
            <span className="due-list__when">
              {review.due === "overdue" ? `overdue since ${review.reviewBy}` : `due ${review.reviewBy}`}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
