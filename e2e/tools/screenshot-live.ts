/**
 * Screenshots of a live session on the sample board: cursors and who's here, the process
 * walk with its card and the outline, the timer and silent writing, the lock as a
 * participant sees it. Needs a built client.
 *
 *   npx tsx e2e/tools/screenshot-live.ts [output-dir]   (default: test-results/screenshots)
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchBrowser, newUser } from "../fixtures/browser";
import { SAMPLE_BOARD } from "../fixtures/sample-board";
import { startApp } from "../fixtures/start-app";
import { BoardPage } from "../pages/board-page";
import { LiveSession } from "../pages/live-session";

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
  const links = (await response.json()) as { facilitatorUrl: string; editUrl: string; viewUrl: string };

  const alice = await newUser(browser);
  const bob = await newUser(browser);
  await new BoardPage(alice.page).open(links.facilitatorUrl);
  await new BoardPage(bob.page).open(links.editUrl);
  const facilitator = new LiveSession(alice.page);
  const participant = new LiveSession(bob.page);
  await alice.page.screenshot({ path: `${outDir}/live-name-prompt.png` });
  await facilitator.join("Alice Moreau");
  await participant.join("Bob Okafor");
  await new BoardPage(bob.page).step("Check order").click();
  await participant.movePointerOnCanvas(-120, -60);
  await alice.page.waitForTimeout(500);
  await alice.page.getByTestId("who-is-here").click();
  await alice.page.screenshot({ path: `${outDir}/live-presence.png` });
  await alice.page.getByTestId("who-is-here").click();

  await alice.page.getByTestId("outline-toggle").click();
  await facilitator.facilitate("walk-start");
  for (let i = 0; i < 3; i++) await alice.page.keyboard.press("ArrowRight");
  await facilitator.facilitate("timer-start");
  await alice.page.waitForTimeout(700);
  await alice.page.screenshot({ path: `${outDir}/live-walk-facilitator.png` });
  await bob.page.waitForTimeout(300);
  await bob.page.screenshot({ path: `${outDir}/live-walk-participant.png` });

  await facilitator.facilitate("walk-end");
  await alice.page.getByTestId("outline-toggle").click();
  await facilitator.facilitate("silent-start");
  await facilitator.writeDraft("Nobody owns returns");
  await alice.page.screenshot({ path: `${outDir}/live-silent-writing.png` });
  await facilitator.facilitate("lock-toggle");
  await bob.page.waitForTimeout(500);
  await bob.page.screenshot({ path: `${outDir}/live-locked-participant.png` });
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await app.stop();
}
