import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((message) => message.ruleId === "brownpaper/feature-boundaries").map((m) => m.message);
}

describe("pnpm lint keeps client features one-way", () => {
  it("fails on a feature importing a sibling feature, however the path is written", async () => {
    expect(
      await problems("client/src/features/notes/x.ts", 'export { DotsLeft } from "../voting/dots-left";\n'),
    ).toEqual([expect.stringContaining("Feature 'notes' imports feature 'voting'")]);
    const deep = 'import { NoteCard } from "../../../features/notes/note-card";\nexport const card = NoteCard;\n';
    expect(await problems("client/src/features/canvas/step/x.ts", deep)).toHaveLength(1);
  });

  it("fails on a feature importing the composition root", async () => {
    const code = 'import { FEATURE_SLOTS } from "../../app/feature-slots";\nexport const slots = FEATURE_SLOTS;\n';
    expect(await problems("client/src/features/notes/x.ts", code)).toEqual([expect.stringContaining("imports app/")]);
  });

  it("lets features import their own files, components, lib, state, sync and shared, and app import features", async () => {
    const code = [
      'import { Section } from "../../components/fields/section";',
      'import { useReveal } from "../../lib/reveal/use-reveal";',
      'import { useUiStore } from "../../state/store";',
      'import { useVoteCounts } from "../../sync/use-vote-counts";',
      'import { AddNoteForm } from "./add-note-form";',
      'import { readBoard } from "@brownpaper/shared";',
      "export const all = [Section, useReveal, useUiStore, useVoteCounts, AddNoteForm, readBoard];",
      "",
    ].join("\n");
    expect(await problems("client/src/features/notes/x.ts", code)).toEqual([]);
    const app = 'import { NoteCard } from "../features/notes/note-card";\nexport const card = NoteCard;\n';
    expect(await problems("client/src/app/x.ts", app)).toEqual([]);
  });
});
