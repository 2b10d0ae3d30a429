import { describe, expect, it } from "vitest";
import { twoUsers } from "./fixtures/browser";
import { AgreementPage } from "./pages/agreement-page";
import { BoardPage } from "./pages/board-page";
import { RaciMatrixPage } from "./pages/raci-matrix-page";
import { WorkshopPanelPage } from "./pages/workshop-panel-page";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

/** Two lanes, two tasks in Sales handing over to a task in Operations. */
const BOARD = {
  format: "brownpaper/board",
  version: 1,
  title: "Workshop",
  lanes: [
    { id: "sales", name: "Sales", kind: "core", order: 0 },
    { id: "ops", name: "Operations", kind: "support", order: 1 },
  ],
  steps: [
    { id: "a", laneId: "sales", label: "Take order", kind: "task", x: 240, y: 44 },
    { id: "b", laneId: "sales", label: "Check stock", kind: "task", x: 520, y: 44 },
    { id: "c", laneId: "ops", label: "Ship goods", kind: "task", x: 800, y: 44 },
  ],
  flows: [
    { id: "f1", from: "a", to: "b", label: "" },
    { id: "f2", from: "b", to: "c", label: "" },
  ],
};

interface BoardLinks {
  facilitatorUrl: string;
  editUrl: string;
  viewUrl: string;
}

async function createBoardLinks(extra: Record<string, unknown> = {}): Promise<BoardLinks> {
  const response = await fetch(`${suite.app.baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...BOARD, ...extra }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as BoardLinks;
}

async function createBoard(extra: Record<string, unknown> = {}): Promise<string> {
  return (await createBoardLinks(extra)).editUrl;
}

describe("the workshop phases, with two people on one board", () => {
  it("builds a RACI on two steps in the matrix, and the other person sees it and the 'no A' warning go", async () => {
    const link = await createBoard();
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      await new BoardPage(alice.page).open(link);
      await new BoardPage(bob.page).open(link);
      const aliceMatrix = new RaciMatrixPage(alice.page);
      const bobMatrix = new RaciMatrixPage(bob.page);

      await new WorkshopPanelPage(alice.page).openMatrix();
      await aliceMatrix.addRole("Order clerk", "Sales");
      await aliceMatrix.addRole("Sales lead", "Sales");
      await new WorkshopPanelPage(bob.page).openMatrix();
      await bobMatrix.dialog().locator('[data-testid="raci-role"][data-role-name="Sales lead"]').waitFor();
      expect(await bobMatrix.problems("Take order", "no-accountable").count()).toBe(1);
      expect(await bobMatrix.problems("Check stock", "no-accountable").count()).toBe(1);

      // By click on the first step, by keyboard on the second.
      await aliceMatrix.clickUntil("Take order", "Order clerk", "R");
      await aliceMatrix.clickUntil("Take order", "Sales lead", "A");
      await aliceMatrix.type("Check stock", "Order clerk", "r");
      await alice.page.keyboard.press("ArrowRight");
      await alice.page.keyboard.press("a");

      for (const step of ["Take order", "Check stock"]) {
        await bobMatrix.row(step).locator('[data-testid="raci-ok"]').waitFor();
        expect(await bobMatrix.problems(step).count()).toBe(0);
        expect(await bobMatrix.codeOf(step, "Order clerk")).toBe("R");
        expect(await bobMatrix.codeOf(step, "Sales lead")).toBe("A");
      }
      // The step on the canvas shows its R and A at a glance.
      await bobMatrix.page.getByTestId("raci-close").click();
      await new BoardPage(bob.page)
        .step("Take order")
        .locator('[data-testid="step-accountable"]', { hasText: "Sales lead" })
        .waitFor();
    } finally {
      await close();
    }
  });

  it("counts two people's dots right in both browsers and refuses a dot too many", async () => {
    const link = await createBoard({
      dotsPerParticipant: 3,
      notes: [
        {
          id: "p1",
          kind: "pain",
          text: "Stock figures are a day old",
          target: { type: "step", id: "b" },
          author: "",
          category: "waiting",
        },
        {
          id: "p2",
          kind: "pain",
          text: "Orders re-typed",
          target: { type: "step", id: "a" },
          author: "",
          category: "rework",
        },
      ],
    });
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      await new BoardPage(alice.page).open(link);
      await new BoardPage(bob.page).open(link);
      const ana = new WorkshopPanelPage(alice.page);
      const ben = new WorkshopPanelPage(bob.page);
      await ana.setName("Ana");
      await ben.setName("Ben");
      await ana.expectDotsLeft(3);

      await ana.vote("Stock figures are a day old", 1);
      await ana.vote("Stock figures are a day old", 1);
      await ben.vote("Stock figures are a day old", 1);
      await ben.vote("Orders re-typed", 1);
      await ana.vote("Orders re-typed", 1);

      await ana.expectDotsLeft(0);
      await ben.expectDotsLeft(1);
      for (const panel of [ana, ben]) {
        await panel.expectVotesOn("Stock figures are a day old", 3);
        await panel.expectVotesOn("Orders re-typed", 2);
      }

      await ana.vote("Orders re-typed", 1);
      await alice.page.getByTestId("toast").filter({ hasText: "You have 0 dots left." }).waitFor();
      await ana.vote("Stock figures are a day old", -1);
      await ana.expectDotsLeft(1);
      await ben.expectVotesOn("Stock figures are a day old", 2);
    } finally {
      await close();
    }
  });

  it("lets only the facilitator hide the votes and change the dots; a participant sees them read-only", async () => {
    const links = await createBoardLinks({
      dotsPerParticipant: 3,
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
      ],
    });
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      await new BoardPage(alice.page).open(links.facilitatorUrl);
      await new BoardPage(bob.page).open(links.editUrl);
      const facilitator = new WorkshopPanelPage(alice.page);
      const participant = new WorkshopPanelPage(bob.page);

      await participant.openVoteSettings();
      await participant.voteSettingsNote().filter({ hasText: "Set by the facilitator." }).waitFor();
      expect(await participant.hideVotesToggle().isDisabled()).toBe(true);
      expect(await participant.dotsPerParticipantField().isEditable()).toBe(false);
      // A click on the greyed-out toggle changes nothing, for anyone.
      await participant.hideVotesToggle().click({ force: true });
      await participant.tab("pain");
      await participant.expectVotesOn("Stock figures are a day old", 2);
      await facilitator.tab("pain");
      await facilitator.expectVotesOn("Stock figures are a day old", 2);

      await facilitator.openVoteSettings();
      expect(await facilitator.voteSettingsNote().count()).toBe(0);
      expect(await facilitator.hideVotesToggle().isDisabled()).toBe(false);
      await facilitator.hideVotesToggle().check();
      await facilitator.setDotsPerParticipant(5);

      await participant.expectVotesOn("Stock figures are a day old", "hidden");
      await participant.openVoteSettings();
      await participant.panel().locator('[data-testid="votes-hidden"]:checked').waitFor();
      await expect.poll(() => participant.dotsPerParticipantField().inputValue()).toBe("5");

      await facilitator.hideVotesToggle().uncheck();
      await participant.tab("pain");
      await participant.expectVotesOn("Stock figures are a day old", 2);
    } finally {
      await close();
    }
  });

  it("creates an agreement on a handover, and its score badge appears for the other person", async () => {
    const link = await createBoard();
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      await new BoardPage(alice.page).open(link);
      const bobBoard = new BoardPage(bob.page);
      await bobBoard.open(link);
      await bob.page.getByTestId("no-agreement-marker").waitFor();

      const panel = new WorkshopPanelPage(alice.page);
      await panel.tab("report");
      await panel.panel().getByTestId("report-uncovered").getByTestId("report-line").first().click();
      await panel.tab("inspect");
      await panel.panel().getByTestId("flow-inspector").waitFor();
      const agreement = new AgreementPage(alice.page);
      await agreement.createFromSelectedHandover();
      await agreement.setExpectation("Every order shipped the day it is released");
      await agreement.addMeasure({
        name: "Shipped same day",
        dimension: "speed",
        target: "same day",
        weight: 70,
        score: 80,
      });
      await agreement.weightProblem().filter({ hasText: "Weights add up to 70, not 100." }).waitFor();
      await agreement.addMeasure({
        name: "Polite answers",
        dimension: "courtesy",
        target: "always",
        weight: 30,
        score: 100,
      });
      await agreement.weightProblem().waitFor({ state: "detached" });
      expect(await agreement.score()).toBe("86");

      await bob.page.locator('[data-testid="score-badge"][data-score="86"]').waitFor();
      expect(await bob.page.getByTestId("no-agreement-marker").count()).toBe(0);
    } finally {
      await close();
    }
  });

  it("creates an agreement for a lane pair from the gap report, covering that pair's handovers", async () => {
    const link = await createBoard();
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      await new BoardPage(alice.page).open(link);
      await new BoardPage(bob.page).open(link);
      await bob.page.getByTestId("no-agreement-marker").waitFor();

      const panel = new WorkshopPanelPage(alice.page);
      await panel.tab("report");
      await panel.panel().getByTestId("pair-create-agreement").click();
      await panel.panel().getByTestId("agreement-item").waitFor();
      expect(await panel.panel().getByTestId("pair-create-agreement").count()).toBe(0);
      await bob.page.getByTestId("no-agreement-marker").waitFor({ state: "detached" });
    } finally {
      await close();
    }
  });
});
