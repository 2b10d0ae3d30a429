import type { Locator, Page } from "playwright-core";

/** The review section of an agreement opened in the Agreements tab of the side panel. */
export class ReviewSectionPage {
  constructor(readonly page: Page) {}

  /** Opens the Agreements tab and the agreement between `provider` and `customer`. */
  async openAgreement(provider: string, customer: string): Promise<void> {
    await this.page.getByTestId("tab-agreements").click();
    await this.page
      .getByTestId("agreement-item")
      .filter({ hasText: `${provider} → ${customer}` })
      .getByRole("button", { name: new RegExp(`${provider} → ${customer}`) })
      .click();
    await this.section().waitFor();
  }

  form(): Locator {
    return this.page.getByTestId("agreement-form").first();
  }

  section(): Locator {
    return this.form().getByTestId("agreement-reviews");
  }

  /** Opens a round and gives back its survey link. */
  async openRound(): Promise<string> {
    await this.section().getByTestId("open-review-round").click();
    const link = this.section().getByTestId("survey-link");
    await link.waitFor();
    return link.inputValue();
  }

  qrCode(): Locator {
    return this.section().getByTestId("survey-qr");
  }

  /** Waits until the open round shows `count` answers. */
  async expectResponses(count: number): Promise<void> {
    await this.section().locator(`[data-testid="review-responses"][data-count="${count}"]`).waitFor();
  }

  async closeRound(): Promise<void> {
    await this.section().getByTestId("close-review-round").click();
    await this.section().getByTestId("confirm-close-review-round").click();
    await this.section().getByTestId("review-round").waitFor({ state: "detached" });
  }

  chart(): Locator {
    return this.section().getByTestId("review-chart");
  }

  rag(): Locator {
    return this.section().getByTestId("review-rag");
  }

  latest(): Locator {
    return this.section().getByTestId("review-latest");
  }

  /** Waits for the service score the agreement shows. */
  async expectScore(score: number): Promise<void> {
    await this.form().locator(`[data-testid="service-score"][data-score="${score}"]`).waitFor();
  }

  measureScores(): Promise<string[]> {
    return this.form()
      .getByTestId("measure-score")
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }
}
