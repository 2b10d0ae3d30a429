import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../doc/layout";
import type { EntityModule } from "./common";
import { BOARD_ENTITIES, COLLECTION_ROOTS, DOCUMENT_ROOTS } from "./entities";

function isEntityModule(value: unknown): value is EntityModule {
  return typeof value === "object" && value !== null && "root" in value && "scope" in value && "storage" in value;
}

/** Every entity module declared in this folder: file → the modules it exports. */
async function declaredEntities(): Promise<Map<string, EntityModule[]>> {
  const files = readdirSync(new URL(".", import.meta.url)).filter(
    (file) => file.endsWith(".ts") && !file.endsWith(".test.ts"),
  );
  const found = new Map<string, EntityModule[]>();
  for (const file of files) {
    const exports = (await import(/* @vite-ignore */ new URL(file, import.meta.url).href)) as Record<string, unknown>;
    const modules = Object.values(exports).filter(isEntityModule);
    if (modules.length > 0) found.set(file, modules);
  }
  return found;
}

describe("entity modules", () => {
  it("give every ROOT key exactly one entity module, and every entity module a ROOT key", () => {
    for (const root of Object.values(ROOT)) {
      expect(BOARD_ENTITIES.filter((entity) => entity.root === root).map((entity) => entity.root)).toEqual([root]);
    }
    const roots: string[] = Object.values(ROOT);
    for (const entity of BOARD_ENTITIES) expect(roots).toContain(entity.root);
  });

  it("are all in the registry, one per file of this folder", async () => {
    const declared = await declaredEntities();
    for (const [file, modules] of declared) expect({ file, count: modules.length }).toEqual({ file, count: 1 });
    const registered = new Set(BOARD_ENTITIES);
    for (const [file, [module]] of declared)
      expect({ file, registered: registered.has(module!) }).toEqual({ file, registered: true });
    expect(declared.size).toBe(BOARD_ENTITIES.length);
  });

  it("clear every root but the board's own fields when a board is replaced, and sync all of them", () => {
    expect([...COLLECTION_ROOTS].sort()).toEqual(
      Object.values(ROOT)
        .filter((root) => root !== ROOT.meta)
        .sort(),
    );
    expect([...DOCUMENT_ROOTS].sort()).toEqual([...Object.values(ROOT)].sort());
  });
});
