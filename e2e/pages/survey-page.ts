import type { Locator, Page } from "playwright-core";

/** The review survey as someone of the customer lane answers it, on a phone or a laptop. */
export class SurveyPage {
  constructor(readonly page: Page) {}

  async open(surveyUrl: string): Promise<void> {
    await this.page.goto(surveyUrl);
    await this.page.getByTestId("survey").waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.getByTestId("survey").waitFor();
  }

  form(): Locator {
    return this.page.getByTestId("survey-form");
  }

  expectation(): Locator {
    return this.page.getByTestId("survey-expectation");
  }

  /** A question's radio group, by its legend (a measure's name or the focus question). */
  question(legend: string | RegExp): Locator {
    return this.page.getByRole("group", { name: legend });
  }

  /** Picks a step of the scale ("Never" … "Always", "Can't say") by its word, as a tap would. */
  async answer(legend: string | RegExp, step: string): Promise<void> {
    await this.question(legend).getByRole("radio", { name: step, exact: true }).check();
  }

  async comment(text: string): Promise<void> {
    await this.page.getByTestId("survey-comment").fill(text);
  }

  async submit(): Promise<void> {
    await this.page.getByTestId("survey-submit").click();
  }

  thanks(): Locator {
    return this.page.getByTestId("survey-thanks");
  }

  closed(): Locator {
    return this.page.getByTestId("survey-closed");
  }

  /** The refusal shown beside one question. */
  questionError(legend: string | RegExp): Locator {
    return this.question(legend).getByRole("alert");
  }

  /** A refusal that is about no one question (the connection, say). */
  formError(): Locator {
    return this.page.getByTestId("survey-error");
  }

  gone(): Locator {
    return this.page.getByTestId("survey-gone");
  }

  wrongLink(): Locator {
    return this.page.getByTestId("survey-wrong-link");
  }

  /** How far the page is wider than the window (0 when nothing scrolls sideways). */
  async sidewaysOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
}
