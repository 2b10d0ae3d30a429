import type { Locator, Page } from "playwright-core";

/** A service agreement as edited in the inspector of a selected handover. */
export class AgreementPage {
  constructor(readonly page: Page) {}

  form(): Locator {
    return this.page.getByTestId("agreement-form").first();
  }

  /** Creates the agreement of the handover selected on the canvas. */
  async createFromSelectedHandover(): Promise<void> {
    await this.page.getByTestId("create-agreement").click();
    await this.form().waitFor();
  }

  async setExpectation(text: string): Promise<void> {
    const field = this.form().getByTestId("agreement-expectation");
    await field.fill(text);
    await field.blur();
  }

  /** Adds a measure and fills in its name, dimension, target, weight and score. */
  async addMeasure(measure: {
    name: string;
    dimension: string;
    target: string;
    weight: number;
    score?: number;
  }): Promise<void> {
    const before = await this.form().getByTestId("measure").count();
    await this.form().getByTestId("add-measure").click();
    const row = this.form().getByTestId("measure").nth(before);
    await row.waitFor();
    await this.fill(row.getByTestId("measure-name"), measure.name);
    await row.getByTestId("measure-dimension").selectOption(measure.dimension);
    await this.fill(row.getByTestId("measure-target"), measure.target);
    await this.fill(row.getByTestId("measure-weight"), String(measure.weight));
    if (measure.score !== undefined) await this.fill(row.getByTestId("measure-score"), String(measure.score));
  }

  weightProblem(): Locator {
    return this.form().getByTestId("weight-problem");
  }

  async score(): Promise<string | null> {
    return this.form().getByTestId("service-score").getAttribute("data-score");
  }

  private async fill(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.press("Enter");
  }
}
