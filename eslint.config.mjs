// ESLint 9 flat config, used by `npm run lint` (office-addin-lint 3 picks up ./eslint.config.mjs).
// = the rules of eslint-plugin-office-addins' "recommended" config + typescript-eslint recommended + React for .tsx.
// The office-addins recommended config is not spread as is: it registers its own, older copy of
// @typescript-eslint/eslint-plugin (8.8, which crashes on ESLint 9.39's no-unused-expressions) and
// prettier. We use the project's typescript-eslint and take the office-addins rules by name.
// Formatting is not linted: lint reports correctness problems only.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** The rule settings of eslint-plugin-office-addins' recommended config: its office-addins/* rules and the core rules it adds. */
const officeRecommendedRules = Object.fromEntries(
  Object.entries(Object.assign({}, ...officeAddins.configs.recommended.map((c) => c.rules ?? {}))).filter(
    ([name]) => name.startsWith("office-addins/") || ["no-eval", "no-delete-var", "no-octal", "no-inner-declarations"].includes(name),
  ),
);
const officeApiRules = Object.fromEntries(Object.entries(officeRecommendedRules).filter(([name]) => name.startsWith("office-addins/")));
const coreRules = Object.fromEntries(Object.entries(officeRecommendedRules).filter(([name]) => !name.startsWith("office-addins/")));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "tmp/**", "schemas/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      ...coreRules,
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office.js load/sync rules recognise Office objects by usage patterns; ExcelJS code (xlsx host,
    // workbench, CLI) reads the same property names (row.height, col.width) and would be false positives.
    files: ["src/taskpane/**", "src/hosts/office/**", "src/functions/**", "src/commands/**"],
    ignores: ["**/testing/**", "**/*.test.*"],
    plugins: { "office-addins": officeAddins },
    rules: officeApiRules,
  },
  {
    files: ["**/*.test.{ts,tsx}", "**/testing/**", "test/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ["**/*.tsx", "**/*.jsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  {
    files: ["**/*.tsx", "**/*.jsx"],
    ...react.configs.flat["jsx-runtime"],
  },
  {
    files: ["**/*.tsx", "**/*.jsx", "**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // Custom functions take Excel ranges as any[][] (custom-functions-metadata needs `any` for matrix arguments).
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
