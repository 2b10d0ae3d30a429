import { describe, expect, it } from "vitest";
import { newUser } from "./fixtures/browser";
import { BoardPage } from "./pages/board-page";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

describe("landing page and board links", () => {
  it("says so plainly when a board cannot be created", async () => {
    const user = await newUser(suite.browser);
    try {
      await user.page.route("**/api/boards", (route) => route.fulfill({ status: 503, body: "Storage is unavailable" }));
      await user.page.goto(`${suite.app.baseUrl}/`);
      await user.page.getByTestId("new-board").click();
      const alert = user.page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("could not create a board");
      expect(new URL(user.page.url()).pathname).toBe("/");
    } finally {
      await user.context.close();
    }
  });

  it("explains a board link without its token, and one whose token is wrong", async () => {
    const user = await newUser(suite.browser);
    try {
      const response = await fetch(`${suite.app.baseUrl}/api/boards`, { method: "POST" });
      const { id } = (await response.json()) as { id: string };

      await user.page.goto(`${suite.app.baseUrl}/b/${id}`);
      await user.page.getByRole("heading", { name: "This link is missing its access key" }).waitFor();

      await user.page.goto(`${suite.app.baseUrl}/b/${id}#token=v1.e.not.valid`);
      await user.page.getByRole("heading", { name: "This link does not open a board" }).waitFor();
    } finally {
      await user.context.close();
    }
  });

  it("offers an editor their own link to share", async () => {
    const user = await newUser(suite.browser);
    try {
      const response = await fetch(`${suite.app.baseUrl}/api/boards`, { method: "POST" });
      const { editUrl } = (await response.json()) as { editUrl: string };
      const board = new BoardPage(user.page);
      await board.open(editUrl);
      await user.page.getByRole("button", { name: "Share" }).click();
      const link = await user.page.getByRole("textbox", { name: "Copy this link" }).inputValue();
      expect(link).toBe(editUrl);
    } finally {
      await user.context.close();
    }
  });
});
