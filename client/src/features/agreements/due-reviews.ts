import { agreementReviewSummary, type Board, type ReviewDue } from "@brownpaper/shared";

export interface DueReview {
  agreementId: string;
  providerLaneId: string;
  customerLaneId: string;
  reviewBy: string;
  due: Exclude<ReviewDue, "ok">;
}

/** Agreements whose review is overdue or due within two weeks, overdue first, then by date. */
export function dueReviews(board: Pick<Board, "agreements">, today: string): DueReview[] {
  return board.agreements
    .flatMap((agreement): DueReview[] => {
      const due = agreementReviewSummary(agreement, today).reviewDue;
      return due === "overdue" || due === "soon"
        ? [
            {
              agreementId: agreement.id,
              providerLaneId: agreement.providerLaneId,
              customerLaneId: agreement.customerLaneId,
              reviewBy: agreement.reviewBy,
              due,
            },
          ]
        : [];
    })
    .sort((a, b) => (a.due === b.due ? a.reviewBy.localeCompare(b.reviewBy) : a.due === "overdue" ? -1 : 1));
}
