import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import type { BoardFile } from "../interchange/board-file";
import { claimsBoardFile } from "./fixtures/claims-board";
import { toBoard } from "./fixtures/to-board";
import { gapReportMarkdown } from "./gap-report-markdown";
import { inline } from "./markdown";

/** A CommonMark renderer with GitHub's tables that lets raw HTML through, as many Markdown viewers do. */
const renderer = new MarkdownIt({ html: true, linkify: false });

/** What would get through if user text were pasted in as it is. */
const HOSTILE =
  "Ops\n# Owned\n\n![beacon](https://tracker.example/b.png) [click](javascript:alert(1)) " +
  "<img src=x onerror=alert(1)> <b>raw</b> | cell &lt;i&gt; `code` *em* ~~gone~~";

function hostileBoard(): BoardFile {
  const file = claimsBoardFile();
  file.title = `Claims\n${HOSTILE}`;
  file.lanes.forEach((lane, index) => (lane.name = `${HOSTILE} ${index}`));
  file.steps.forEach((step, index) => (step.label = `${index % 2 === 0 ? "# " : "1. "}${HOSTILE} ${index}`));
  file.notes.forEach((note) => (note.text = `- ${HOSTILE}`));
  file.roles.forEach((role, index) => (role.name = `> ${HOSTILE} ${index}`));
  file.agreements.forEach((agreement) => (agreement.expectation = `${HOSTILE}\n\n## Fake section`));
  return file;
}

/** How many of each element the rendered report has: its structure, whatever the text. */
function structure(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, tag] of html.matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)) counts[tag!] = (counts[tag!] ?? 0) + 1;
  return counts;
}

describe("Markdown of user text", () => {
  it("flattens line breaks and escapes what would start markup, so the text shows as typed", () => {
    expect(inline("Ops\n# Owned\r\n\tnow")).toBe("Ops # Owned now");
    expect(inline("![beacon](https://x.example/b.png)")).toBe("!\\[beacon\\](https://x.example/b.png)");
    expect(inline("<img src=x> & | ` * _ ~ \\")).toBe("\\<img src=x\\> \\& \\| \\` \\* \\_ \\~ \\\\");
    expect(inline("# Heading")).toBe("\\# Heading");
    expect(inline("- item")).toBe("\\- item");
    expect(inline("12. item")).toBe("12\\. item");
    expect(inline("Order-to-cash, 3 steps (draft)?")).toBe("Order-to-cash, 3 steps (draft)?");
  });

  it("renders a report of hostile names as the same headings, lists and tables as a plain one", () => {
    const plain = renderer.render(gapReportMarkdown(toBoard(claimsBoardFile())));
    const hostile = renderer.render(gapReportMarkdown(toBoard(hostileBoard())));
    expect(structure(hostile)).toEqual(structure(plain));
    for (const made of ["<img", "<a ", "<b>", "<i>", "<code>", "<em>", "<s>", 'javascript:alert(1)"']) {
      expect(hostile).not.toContain(made);
    }
  });

  it("shows the hostile text itself, on the line it was given", () => {
    const markdown = gapReportMarkdown(toBoard(hostileBoard()));
    const html = renderer.render(markdown);
    expect(markdown.split("\n")[0]).toBe(`# Gap report: ${inline(`Claims\n${HOSTILE}`)}`);
    expect(html).toContain(
      "![beacon](https://tracker.example/b.png) [click](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;",
    );
    expect(html).toContain("| cell &amp;lt;i&amp;gt; `code` *em* ~~gone~~");
  });
});
