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

  /** An agreement in the tab's list of reviews due, by its lanes. */
  dueReview(provider: string, customer: string): Locator {
    return this.page.getByTestId("due-review").filter({ hasText: `${provider} → ${customer}` });
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

  signoff(side: "provider" | "customer"): Locator {
    return this.form().getByTestId(`signoff-${side}`);
  }

  /** Signs one side off, giving `name` when this browser has none yet. */
  async sign(side: "provider" | "customer", name?: string): Promise<void> {
    const row = this.signoff(side);
    if (name !== undefined) await row.getByTestId(`sign-${side}-name`).fill(name);
    await row.getByTestId(`sign-${side}`).click();
    await this.form().locator(`[data-testid="signoff-${side}"][data-signed="yes"]`).waitFor();
  }

  status(): Locator {
    return this.form().getByTestId("agreement-status");
  }

  signoffNote(): Locator {
    return this.form().getByTestId("signoff-note");
  }

  async setExpectation(text: string): Promise<void> {
    const field = this.form().getByTestId("agreement-expectation");
    await field.fill(text);
    await field.blur();
  }

  async removeMeasure(name: string): Promise<void> {
    const row = this.form()
      .getByTestId("measure")
      .filter({ has: this.page.locator(`[data-testid="measure-name"][value="${name}"]`) });
    await row.getByRole("button", { name: "Remove measure" }).click();
    await row.waitFor({ state: "detached" });
  }

  async deleteAgreement(): Promise<void> {
    await this.form().getByRole("button", { name: "Delete agreement" }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: "Delete agreement" }).click();
    await this.form().waitFor({ state: "detached" });
  }

  measureScores(): Promise<string[]> {
    return this.form()
      .getByTestId("measure-score")
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }
}
