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
      reviewBy: "2020-01-31",
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
      const due = reviews.dueReview("IT", "Sales");
      expect(await due.getAttribute("data-due")).toBe("overdue");
      expect(await due.innerText()).toContain("overdue since 2020-01-31");
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
      // Opened again in the same browser, the survey says it was answered; someone else may still answer.
      await first.reload();
      await first.page.getByTestId("survey-answered").waitFor();
      await first.page.getByTestId("survey-answer-again").click();
      await first.form().waitFor();

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
      // The next review is a full interval away now, so it is no longer listed as due.
      await due.waitFor({ state: "detached" });

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

  it("both sides sign off, a change of terms takes the signatures back, and the survey says what went wrong", async () => {
    const board = await createBoard(suite.app.baseUrl, BOARD);
    const facilitator = await newUser(suite.browser);
    const respondent = await newUser(suite.browser);
    try {
      await new BoardPage(facilitator.page).open(board.facilitatorUrl);
      const reviews = new ReviewSectionPage(facilitator.page);
      await reviews.openAgreement("IT", "Sales");
      // Agreed is not a status to pick: it comes from both signatures.
      expect(await reviews.status().locator("option").allInnerTexts()).toEqual(["Draft", "Retired"]);
      await reviews.sign("provider", "Ines");
      expect(await reviews.status().inputValue()).toBe("draft");
      await reviews.sign("customer");
      expect(await reviews.signoff("customer").innerText()).toContain("Ines");
      expect(await reviews.status().inputValue()).toBe("agreed");
      await reviews.setExpectation("New starters have a working laptop and a phone on their first morning");
      await reviews.signoffNote().getByText("The expectation changed after sign-off").waitFor();
      expect(await reviews.status().inputValue()).toBe("draft");
      expect(await reviews.signoff("provider").getAttribute("data-signed")).toBe("no");

      const surveyUrl = await reviews.openRound();
      const survey = new SurveyPage(respondent.page);
      await survey.open(surveyUrl);
      await survey.expectation().getByText("and a phone").waitFor();
      // The measure goes while the survey is open: the server refuses its rating, and says which.
      await reviews.removeMeasure("Friendly help desk");
      await survey.answer("Laptop ready on day one", "Usually");
      await survey.answer("Friendly help desk", "Always");
      await survey.submit();
      await survey.questionError("Friendly help desk").getByText("is not a measure").waitFor();
      await survey.answer("Friendly help desk", "Can't say");
      // Offline, the answers stay on the page to be sent again.
      await respondent.context.setOffline(true);
      await survey.submit();
      await survey.formError().getByText("Could not reach Brownpaper").waitFor();
      await respondent.context.setOffline(false);
      await survey.submit();
      await survey.thanks().waitFor();
      await reviews.expectResponses(1);

      // A token that is not this round's opens nothing.
      await survey.open(surveyUrl.replace(/#token=(.)/, (_, first: string) => `#token=${first === "x" ? "y" : "x"}`));
      await survey.wrongLink().waitFor();
      // The agreement is deleted while its round is open: the survey says it is gone.
      await reviews.deleteAgreement();
      await survey.open(surveyUrl);
      await survey.gone().waitFor();
    } finally {
      await respondent.context.close();
      await facilitator.context.close();
    }
  });
});
