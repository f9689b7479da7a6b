import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-fixture",
      "dist-mirror",
      "dist-fixture-next",
      "playwright-report",
      "test-results",
      "bench/results",
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks, "react-refresh": reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-refresh/only-export-components": ["warn", { allowConstantExport: true }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures call `use(...)`, which the React hooks rules mistake for a hook.
    files: ["e2e/**/*.ts", "playwright.config.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The layering DESIGN.md promises: web-llm only in the engine worker, idb only in storage.
    files: ["src/**/*.{ts,tsx}"],
    // Tests run in Node, never in the bundle: they may compare against web-llm and reach IndexedDB directly.
    ignores: ["src/workers/**", "src/services/storage/**", "src/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "idb", message: "Only src/services/storage may import idb." }],
          patterns: [
            {
              group: ["@mlc-ai/web-llm"],
              allowTypeImports: true,
              message: "Only the engine worker may import web-llm at runtime (it would be bundled twice).",
            },
            {
              group: ["pdfjs-dist", "pdfjs-dist/*", "mammoth"],
              allowTypeImports: true,
              message:
                "Documents are parsed in the documents worker (src/workers/documents), never on the page.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/workers/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "idb", message: "Only src/services/storage may import idb." }] },
      ],
    },
  },
);
