import { defineConfig } from "vitest/config";

/** Browser tests start a real server and Chromium; they run one at a time. */
export default defineConfig({
  test: {
    include: ["**/*.e2e.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
  },
});
