import { describe, expect, it } from "vitest";
import { twoUsers } from "./fixtures/browser";
import { createBoard, serverExport } from "./fixtures/board-api";
import { BoardPage } from "./pages/board-page";
import { WorkshopPanelPage } from "./pages/workshop-panel-page";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

const BOARD = {
  format: "brownpaper/board",
  version: 1,
  title: "Order to cash",
  lanes: [
    { id: "sales", name: "Sales", kind: "core", order: 0 },
    { id: "it", name: "IT", kind: "support", order: 1 },
  ],
  steps: [
    { id: "a", laneId: "sales", label: "Take order", kind: "task", x: 240, y: 44 },
    { id: "b", laneId: "it", label: "Set up account", kind: "task", x: 520, y: 44 },
  ],
  flows: [{ id: "f1", from: "a", to: "b", label: "" }],
  notes: [
    {
      id: "p1",
      kind: "pain",
      text: "Accounts take a week",
      target: { type: "step", id: "b" },
      author: "",
      category: "waiting",
    },
  ],
};

describe("actions raised from a pain point", () => {
  it("are added with an owner and a due date, and an overdue one is red in the list and the report for everyone", async () => {
    const board = await createBoard(suite.app.baseUrl, BOARD);
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      await new BoardPage(alice.page).open(board.editUrl);
      await new BoardPage(bob.page).open(board.editUrl);
      const ana = new WorkshopPanelPage(alice.page);
      await ana.tab("pain");
      await ana.painRow("Accounts take a week").getByText("Accounts take a week").click();
      await ana.tab("inspect");
      const actions = alice.page.getByTestId("pain-actions");
      await actions.getByTestId("new-action-text").fill("Pre-create accounts on signature");
      await actions.getByTestId("new-action-owner").fill("IT lead");
      await actions.getByTestId("new-action-due").fill("2020-01-31");
      await actions.getByTestId("add-action").click();
      await actions.getByText("Pre-create accounts on signature").waitFor();

      // The other person sees it overdue: a red count on the Actions tab, a red row in the list.
      const ben = new WorkshopPanelPage(bob.page);
      await bob.page.locator('[data-testid="overdue-actions-count"]', { hasText: "1" }).waitFor();
      await ben.tab("actions");
      const row = bob.page.getByTestId("action-row").filter({ hasText: "Pre-create accounts on signature" });
      await row.waitFor();
      expect(await row.getAttribute("data-overdue")).toBe("true");
      expect(await row.textContent()).toContain("IT lead");
      expect(await row.textContent()).toContain("Accounts take a week");

      // Filtering by status hides it once it is done; the report counts it as done.
      await bob.page.getByTestId("actions-filter-status").selectOption("overdue");
      await row.waitFor();
      await row.click();
      await bob.page.getByTestId("action-status-done").click();
      await bob.page.getByTestId("tab-actions").click();
      await bob.page.getByTestId("actions-filter-status").selectOption("overdue");
      await bob.page.getByText("No action matches these filters.").waitFor();

      await ana.tab("report");
      await alice.page.getByTestId("report-actions-summary").filter({ hasText: "1 done" }).waitFor();
      const report = JSON.parse(await serverExport(suite.app.baseUrl, board.id, board.viewToken, "report.json"));
      expect(report.actions).toMatchObject({ done: 1, overdue: [] });
      expect(report.actions.items[0]).toMatchObject({
        owner: "IT lead",
        due: "2020-01-31",
        target: { type: "note", id: "p1" },
      });
    } finally {
      await close();
    }
  });

  it("shows an overdue action in the report's actions section", async () => {
    const board = await createBoard(suite.app.baseUrl, {
      ...BOARD,
      notes: [
        ...BOARD.notes,
        {
          id: "act1",
          kind: "action",
          text: "Write the account checklist",
          target: { type: "note", id: "p1" },
          author: "",
          owner: "Ops",
          due: "2020-02-01",
          status: "open",
        },
      ],
    });
    const { alice, close } = await twoUsers(suite.browser);
    try {
      await new BoardPage(alice.page).open(board.editUrl);
      await new WorkshopPanelPage(alice.page).tab("report");
      const line = alice.page.getByTestId("report-actions").getByText("Write the account checklist");
      await line.waitFor();
      await alice.page.getByTestId("report-actions-summary").filter({ hasText: "1 overdue" }).waitFor();
    } finally {
      await close();
    }
  });
});
