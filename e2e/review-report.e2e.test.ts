import { describe, it } from "vitest";
import { newUser } from "./fixtures/browser";
import { createBoard } from "./fixtures/board-api";
import { BoardPage } from "./pages/board-page";
import { WorkshopPanelPage } from "./pages/workshop-panel-page";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

/** IT serves Operations under an agreement whose review is long overdue, after one closed round. */
const BOARD = {
  format: "brownpaper/board",
  version: 1,
  title: "Laptop requests",
  lanes: [
    { id: "ops", name: "Operations", kind: "core", order: 0 },
    { id: "it", name: "IT", kind: "support", order: 1 },
  ],
  steps: [
    { id: "a", laneId: "it", label: "Prepare laptop", kind: "task", x: 240, y: 44 },
    { id: "b", laneId: "ops", label: "Start work", kind: "task", x: 520, y: 44 },
  ],
  flows: [{ id: "f1", from: "a", to: "b", label: "" }],
  agreements: [
    {
      id: "sla",
      providerLaneId: "it",
      customerLaneId: "ops",
      flowIds: ["f1"],
      status: "draft",
      expectation: "A working laptop on day one",
      customerObligations: "",
      reviewBy: "2020-03-01",
      measures: [{ id: "ready", name: "Ready on day one", dimension: "speed", target: "", weight: 100, score: 40 }],
      reviewIntervalDays: 90,
      reviews: [
        {
          id: "r1",
          openedAt: "2019-11-20T09:00:00.000Z",
          closedAt: "2019-12-01T09:00:00.000Z",
          responses: 4,
          measureScores: { ready: 40 },
          focus: 35,
          comments: [],
        },
      ],
    },
  ],
};

describe("the gap report on reviews", () => {
  it("lists an overdue review and the provider's focus score", async () => {
    const board = await createBoard(suite.app.baseUrl, BOARD);
    const user = await newUser(suite.browser);
    try {
      await new BoardPage(user.page).open(board.editUrl);
      await new WorkshopPanelPage(user.page).tab("report");
      await user.page.getByTestId("report-reviews-due").getByText("overdue").waitFor();
      await user.page.getByTestId("report-focus").getByText("IT (1 agreement)").waitFor();
      await user.page.getByTestId("report-focus").getByText("35").waitFor();
    } finally {
      await user.context.close();
    }
  });
});
