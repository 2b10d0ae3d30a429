import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newUser } from "./fixtures/browser";
import { useAppAndBrowser } from "./fixtures/suite";
import { BoardPage } from "./pages/board-page";
import { WorkshopPanelPage } from "./pages/workshop-panel-page";

const suite = useAppAndBrowser();

/**
 * Sales takes and checks an order and hands it to Operations twice (ship, and pack the
 * extras); Operations is a support lane. Main path: Take order → Check stock → Ship goods
 * (185 min of lead time against Pack extras' none). Waiting: Take order 50 min in a core
 * lane, Ship goods 90 min in a support lane; Check stock does not wait.
 */
const BOARD = {
  format: "brownpaper/board",
  version: 1,
  title: "Gap report links",
  dotsPerParticipant: 3,
  lanes: [
    { id: "sales", name: "Sales", kind: "core", order: 0 },
    { id: "ops", name: "Operations", kind: "support", order: 1 },
  ],
  steps: [
    { id: "a", laneId: "sales", label: "Take order", kind: "task", x: 240, y: 44, processTime: 10, leadTime: 60 },
    { id: "b", laneId: "sales", label: "Check stock", kind: "task", x: 520, y: 44, processTime: 5, leadTime: 5 },
    { id: "c", laneId: "ops", label: "Ship goods", kind: "task", x: 800, y: 44, processTime: 30, leadTime: 120 },
    { id: "d", laneId: "ops", label: "Pack extras", kind: "task", x: 520, y: 44 },
  ],
  flows: [
    { id: "f1", from: "a", to: "b", label: "" },
    { id: "f2", from: "b", to: "c", label: "" },
    { id: "f3", from: "a", to: "d", label: "" },
  ],
  roles: [
    { id: "r-clerk", name: "Order clerk", laneId: "sales" },
    { id: "r-driver", name: "Driver", laneId: "ops" },
  ],
  raci: [{ stepId: "a", roleId: "r-clerk", code: "A" }],
  notes: [
    {
      id: "p1",
      kind: "pain",
      text: "Stock figures are a day old",
      target: { type: "step", id: "b" },
      author: "",
      category: "waiting",
      votes: { Ana: 2 },
    },
    {
      id: "p2",
      kind: "pain",
      text: "Couriers come once a day",
      target: { type: "step", id: "c" },
      author: "",
      category: "waiting",
      votes: { Ben: 1 },
    },
    {
      id: "p3",
      kind: "pain",
      text: "Orders re-typed",
      target: { type: "step", id: "a" },
      author: "",
      category: "rework",
    },
  ],
};

async function openBoard(): Promise<{
  page: Page;
  board: BoardPage;
  panel: WorkshopPanelPage;
  close: () => Promise<void>;
}> {
  const response = await fetch(`${suite.app.baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(BOARD),
  });
  expect(response.status).toBe(201);
  const { editUrl } = (await response.json()) as { editUrl: string };
  const user = await newUser(suite.browser);
  const board = new BoardPage(user.page);
  await board.open(editUrl);
  return { page: user.page, board, panel: new WorkshopPanelPage(user.page), close: () => user.context.close() };
}

/** The labels of the steps selected on the canvas, in label order. */
async function selectedSteps(page: Page): Promise<string[]> {
  const labels = await page
    .locator('[data-testid="step-node"].step--selected')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-step-label") ?? ""));
  return labels.sort();
}

/** The ids of the flows selected on the canvas, in id order. */
async function selectedFlows(page: Page): Promise<string[]> {
  const ids = await page
    .locator(".react-flow__edge.selected")
    .evaluateAll((edges) => edges.map((edge) => edge.getAttribute("data-id") ?? ""));
  return ids.sort();
}

describe("every line of the gap report shows its subject on the map", () => {
  it("a main-path figure selects the steps it is made of, and the lead time the whole path", async () => {
    const { page, panel, close } = await openBoard();
    try {
      await panel.tab("report");
      await panel.mainPathFigure("waitingSupport").click();
      await expect.poll(() => selectedSteps(page)).toEqual(["Ship goods"]);
      await panel.mainPathFigure("waitingCore").click();
      await expect.poll(() => selectedSteps(page)).toEqual(["Take order"]);

      await panel.mainPathFigure("leadTime").click();
      await expect.poll(() => selectedSteps(page)).toEqual(["Check stock", "Ship goods", "Take order"]);
      expect(await selectedFlows(page)).toEqual(["f1", "f2"]);
      // Picked from the report, so the report stays open under the facilitator's finger.
      await panel.mainPathFigure("leadTime").waitFor();
    } finally {
      await close();
    }
  });

  it("shows handovers per lane pair as a grid whose count selects all that pair's handovers", async () => {
    const { page, panel, close } = await openBoard();
    try {
      await panel.tab("report");
      const grid = panel.panel().getByTestId("handover-grid");
      expect(await grid.locator("thead th[scope=col]").allInnerTexts()).toEqual([
        expect.stringContaining("Provider"),
        "Sales",
        "Operations",
      ]);
      expect(await grid.locator("tbody th[scope=row]").allInnerTexts()).toEqual([
        expect.stringMatching(/^Sales\s+core$/i),
        expect.stringMatching(/^Operations\s+support$/i),
      ]);
      // Only Sales → Operations has handovers: the other cells are no buttons.
      expect(await grid.getByTestId("handover-grid-cell").count()).toBe(1);
      const cell = panel.handoverGridCell("Sales", "Operations");
      expect(await cell.getAttribute("data-count")).toBe("2");

      await cell.click();
      await expect.poll(() => selectedFlows(page)).toEqual(["f2", "f3"]);
      expect(await selectedSteps(page)).toEqual([]);
      // The pair's line in the list does the same, where it used to show only its first handover.
      await panel.mainPathFigure("leadTime").click();
      await panel.reportLine("report-lane-pairs", "Sales → Operations").click();
      await expect.poll(() => selectedFlows(page)).toEqual(["f2", "f3"]);
    } finally {
      await close();
    }
  });

  it("a category line jumps to its top pain point, then to the next one on each click", async () => {
    const { page, panel, close } = await openBoard();
    try {
      await panel.tab("report");
      const waiting = panel.reportLine("report-pain-categories", "Waiting");
      const selectedSticky = () => page.locator('[data-testid="sticky"].sticky--selected').getAttribute("data-note-id");
      await waiting.click();
      await expect.poll(selectedSticky).toBe("p1");
      await waiting.click();
      await expect.poll(selectedSticky).toBe("p2");
      await waiting.click();
      await expect.poll(selectedSticky).toBe("p1");
    } finally {
      await close();
    }
  });

  it("a role with no R or A takes the facilitator to its lane; one with steps selects them", async () => {
    const { page, board, panel, close } = await openBoard();
    try {
      await panel.tab("report");
      await panel.reportLine("report-role-load", "Driver").click();
      await board.lane("Operations").and(page.locator(".lane-header--active")).waitFor();
      await panel.reportLine("report-role-load", "Order clerk").click();
      await expect.poll(() => selectedSteps(page)).toEqual(["Take order"]);
    } finally {
      await close();
    }
  });
});

describe("voting from a step's notes", () => {
  it("shows how many dots are left beside the vote buttons, and counts down as you vote", async () => {
    const { board, panel, close } = await openBoard();
    try {
      await board.step("Check stock").click();
      const notes = panel.notesSection();
      // No name yet: the notes ask for one right where the vote is.
      await notes.getByTestId("participant-name-input").fill("Cleo");
      await notes.getByTestId("participant-name-input").press("Enter");
      await notes.locator('[data-testid="dots-left"][data-left="3"]').waitFor();

      await panel.voteInNotes(1);
      await notes.locator('[data-testid="dots-left"][data-left="2"]').waitFor();
      await panel.voteInNotes(1);
      await notes.locator('[data-testid="dots-left"][data-left="1"]').waitFor();
      expect(await notes.getByTestId("my-dots").innerText()).toBe("you: 2");

      // The pain list agrees.
      await panel.tab("pain");
      await panel.expectDotsLeft(1);
      // A step with no pain point has nothing to vote on, and no count.
      await board.step("Pack extras").click();
      await panel.notesSection().waitFor();
      expect(await panel.notesSection().getByTestId("dots-left").count()).toBe(0);
    } finally {
      await close();
    }
  });
});
