import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import brownpaper from "./scripts/eslint-feature-boundaries.mjs";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "data/**", "bench/results/**", "**/*.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // The service worker is plain JS run by the browser, outside the bundle.
    files: ["client/public/sw.js"],
    languageOptions: {
      globals: {
        self: "readonly",
        caches: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
        URL: "readonly",
        Promise: "readonly",
      },
    },
  },
  {
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, brownpaper },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "brownpaper/feature-boundaries": "error",
    },
  },
  {
    files: ["shared/src/**/*.ts"],
    ignores: ["shared/src/**/*.test.ts", "shared/src/test-support/**"],
    rules: {
      // Node's types are loaded for the tests; the model itself must run in a browser too.
      "no-restricted-globals": ["error", "process", "Buffer", "require", "__dirname", "setImmediate"],
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-*", "ws", "better-sqlite3", "pg", "node:*", "@xyflow/*"] },
      ],
    },
  },
);
