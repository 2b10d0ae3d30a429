import { describe, expect, it } from "vitest";
import { newUser } from "./fixtures/browser";
import { createBoard } from "./fixtures/board-api";
import { useAppAndBrowser } from "./fixtures/suite";
import { BoardPage } from "./pages/board-page";
import { ReviewSectionPage } from "./pages/review-section-page";
import { SurveyPage } from "./pages/survey-page";

const suite = useAppAndBrowser();

/** IT serves Sales: one handover, one agreement with a task measure and a relationship measure. */
const BOARD = {
  format: "brownpaper/board",
  version: 1,
  title: "Review loop",
  dotsPerParticipant: 3,
  lanes: [
    { id: "it", name: "IT", kind: "support", order: 0 },
    { id: "sales", name: "Sales", kind: "core", order: 1 },
  ],
  steps: [
    { id: "s1", laneId: "it", label: "Set up laptop", kind: "task", x: 240, y: 44 },
    { id: "s2", laneId: "sales", label: "Call customer", kind: "task", x: 520, y: 44 },
  ],
  flows: [{ id: "f1", from: "s1", to: "s2", label: "laptop" }],
  roles: [],
  raci: [],
  notes: [],
  agreements: [
    {
      id: "ag1",
      providerLaneId: "it",
      customerLaneId: "sales",
      flowIds: ["f1"],
      status: "draft",
      expectation: "New starters have a working laptop on their first morning",
      customerObligations: "",
      reviewBy: "",
      measures: [
        { id: "m1", name: "Laptop ready on day one", dimension: "speed", target: "first morning", weight: 60 },
        { id: "m2", name: "Friendly help desk", dimension: "courtesy", target: "", weight: 40 },
      ],
    },
  ],
};

describe("the review loop", () => {
  it("a round opened by the facilitator is answered on two survey pages, counted live, and its scores reach everyone", async () => {
    const board = await createBoard(suite.app.baseUrl, BOARD);
    const facilitator = await newUser(suite.browser);
    const participant = await newUser(suite.browser);
    const laptop = await newUser(suite.browser);
    const phoneContext = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const phone = await phoneContext.newPage();
    phone.setDefaultTimeout(15_000);
    try {
      await new BoardPage(facilitator.page).open(board.facilitatorUrl);
      const reviews = new ReviewSectionPage(facilitator.page);
      await reviews.openAgreement("IT", "Sales");
      const surveyUrl = await reviews.openRound();
      expect(surveyUrl).toMatch(new RegExp(`^${suite.app.baseUrl}/s/${board.id}/ag1/[^/#]+#token=.+`));
      await reviews.qrCode().waitFor();
      await reviews.expectResponses(0);

      // Another participant has the agreement open on their own screen the whole time.
      await new BoardPage(participant.page).open(board.editUrl);
      const theirView = new ReviewSectionPage(participant.page);
      await theirView.openAgreement("IT", "Sales");
      expect(await theirView.chart().count()).toBe(0);

      const first = new SurveyPage(laptop.page);
      await first.open(surveyUrl);
      await first.expectation().getByText("working laptop on their first morning").waitFor();
      await first.answer("Laptop ready on day one", "Usually");
      await first.answer("Friendly help desk", "Always");
      await first.answer(/How free did working with IT leave you/, "Sometimes");
      await first.comment("Mostly fine, the VPN took a week.");
      await first.submit();
      await first.thanks().waitFor();
      await reviews.expectResponses(1);

      const second = new SurveyPage(phone);
      await second.open(surveyUrl);
      expect(await second.sidewaysOverflow()).toBe(0);
      // By keyboard: Tab into the first group, arrows move along the scale and choose.
      await second.question("Laptop ready on day one").getByRole("radio", { name: "Never" }).focus();
      await phone.keyboard.press("ArrowRight");
      expect(await second.question("Laptop ready on day one").getByRole("radio", { name: "Rarely" }).isChecked()).toBe(
        true,
      );
      await second.answer("Friendly help desk", "Usually");
      await second.answer(/How free did working with IT leave you/, "Can't say");
      await second.submit();
      await second.thanks().waitFor();
      expect(await second.sidewaysOverflow()).toBe(0);
      await reviews.expectResponses(2);

      await reviews.closeRound();
      // Means: day one (75 + 25) / 2 = 50, help desk (100 + 75) / 2 = 87.5; 0.6 × 50 + 0.4 × 87.5 = 65.
      await theirView.expectScore(65);
      await theirView.chart().and(participant.page.locator('[data-points="1"]')).waitFor();
      expect(await theirView.measureScores()).toEqual(["50", "87.5"]);
      expect(await theirView.rag().getAttribute("data-rag")).toBe("amber");
      expect(await theirView.latest().innerText()).toContain("65");
      await reviews.expectScore(65);

      // The round is over: the survey says so instead of taking more answers.
      await first.reload();
      await first.closed().waitFor();
      // A link cut short never reaches the server's round.
      await first.open(surveyUrl.split("#")[0]!);
      await first.wrongLink().waitFor();
    } finally {
      await phoneContext.close();
      await laptop.context.close();
      await participant.context.close();
      await facilitator.context.close();
    }
  });
});
