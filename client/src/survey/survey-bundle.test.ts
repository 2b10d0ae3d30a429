import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CLIENT_SRC = resolve(import.meta.dirname, "..");
const SHARED = resolve(CLIENT_SRC, "../../shared");

/** The modules a file imports at run time (type-only imports are erased, so they do not count). */
function runtimeImports(source: string): string[] {
  const statics = [...source.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;]*?\bfrom\s+["']([^"']+)["']/gms)]
    .filter((match) => !match[1])
    .map((match) => match[2]!);
  const bare = [...source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)].map((match) => match[1]!);
  const dynamic = [...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!);
  return [...statics, ...bare, ...dynamic];
}

/** Every source file the survey entry reaches and the packages it names. */
function reachable(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of runtimeImports(readFileSync(file, "utf8"))) {
      if (/\.(css|json)$/.test(specifier)) continue;
      const local = specifier.startsWith(".")
        ? join(dirname(file), specifier)
        : specifier === "@brownpaper/shared"
          ? join(SHARED, "src/index")
          : specifier.startsWith("@brownpaper/shared/")
            ? join(SHARED, specifier.slice("@brownpaper/shared/".length))
            : null;
      if (local === null) {
        packages.add(specifier);
        continue;
      }
      const found = [local, `${local}.ts`, `${local}.tsx`, join(local, "index.ts")].find(
        (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
      );
      if (!found) throw new Error(`${file} imports ${specifier}, which is not there`);
      visit(found);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages].sort() };
}

describe("the survey page stays a light bundle", () => {
  it("reaches React and nothing of the board app: no React Flow, Yjs, zod, the shared index or a feature", () => {
    const { files, packages } = reachable(join(CLIENT_SRC, "survey/main.tsx"));
    expect(packages).toEqual(["react", "react-dom/client"]);
    expect(files.filter((file) => /\/(features|app|sync|state)\//.test(file))).toEqual([]);
    expect(files).toContain(join(SHARED, "src/schema/review-survey.ts"));
    expect(files).not.toContain(join(SHARED, "src/index.ts"));
  });

  it("would see the board app's packages if the survey reached them", () => {
    const board = reachable(join(CLIENT_SRC, "features/agreements/review-section.tsx"));
    expect(board.packages).toEqual(expect.arrayContaining(["react", "yjs", "zod"]));
    expect(board.files).toContain(join(SHARED, "src/index.ts"));
  });
});
