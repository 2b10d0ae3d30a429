import { describe, expect, it } from "vitest";
import type { ServiceAgreement } from "@brownpaper/shared";
import { dueReviews } from "./due-reviews";

const agreement = (id: string, reviewBy: string, status: ServiceAgreement["status"] = "draft"): ServiceAgreement => ({
  id,
  providerLaneId: "p",
  customerLaneId: "c",
  flowIds: [],
  status,
  expectation: "",
  customerObligations: "",
  reviewBy,
  measures: [],
  reviewIntervalDays: 90,
  reviews: [],
});

describe("dueReviews", () => {
  it("lists overdue reviews first, then those due within 14 days, each by date; not the others", () => {
    const board = {
      agreements: [
        agreement("soon-late", "2026-12-17"),
        agreement("far", "2026-12-18"),
        agreement("overdue-recent", "2026-12-02"),
        agreement("soon-today", "2026-12-03"),
        agreement("overdue-old", "2026-10-01"),
        agreement("undated", ""),
        agreement("retired", "2026-01-01", "retired"),
      ],
    };
    expect(dueReviews(board, "2026-12-03").map((due) => [due.agreementId, due.due])).toEqual([
      ["overdue-old", "overdue"],
      ["overdue-recent", "overdue"],
      ["soon-today", "soon"],
      ["soon-late", "soon"],
    ]);
  });
});
