/**
 * Takes screenshots of a populated board (facilitator, selected step, view link) so a person
 * can look at what the client draws. Needs a built client.
 *
 *   npx tsx e2e/tools/screenshot-board.ts [output-dir]   (default: test-results/screenshots)
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchBrowser, newUser } from "../fixtures/browser";
import { SAMPLE_BOARD } from "../fixtures/sample-board";
import { startApp } from "../fixtures/start-app";
import { BoardPage } from "../pages/board-page";

const outDir = resolve(process.argv[2] ?? "test-results/screenshots");
mkdirSync(outDir, { recursive: true });

const app = await startApp();
const browser = await launchBrowser();
try {
  const response = await fetch(`${app.baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(SAMPLE_BOARD),
  });
  if (response.status !== 201)
    throw new Error(`Creating the sample board failed: ${response.status} ${await response.text()}`);
  const links = (await response.json()) as { facilitatorUrl: string; viewUrl: string };

  const facilitator = await newUser(browser);
  const board = new BoardPage(facilitator.page);
  await board.open(links.facilitatorUrl);
  await facilitator.page.waitForTimeout(400);
  await facilitator.page.screenshot({ path: `${outDir}/board.png` });
  await board.step("Check order").click();
  await facilitator.page.waitForTimeout(200);
  await facilitator.page.screenshot({ path: `${outDir}/board-selected-step.png` });

  const viewer = await newUser(browser);
  await new BoardPage(viewer.page).open(links.viewUrl);
  await viewer.page.waitForTimeout(400);
  await viewer.page.screenshot({ path: `${outDir}/board-view-only.png` });
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await app.stop();
}
