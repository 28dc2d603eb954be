/** Jest projects: unit tests (node / jsdom per file docblock) and the browser end-to-end suite. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.jest.json" }];
module.exports = {
  // UI and whole-workbook tests take seconds on a loaded 2-core CI machine; 5 s (jest's default) is too tight there.
  // (A global option: jest ignores testTimeout inside a project.)
  testTimeout: 30_000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/src/**/*.test.tsx", "<rootDir>/test/unit/**/*.test.ts"],
      moduleNameMapper: {
        "\\.(css|png|svg)$": "<rootDir>/test/file-stub.js",
        // numfmt 4.0.1 names dist/index.cjs in its exports but ships dist/index.js (see src/workbench/numfmt.d.ts).
        "^numfmt$": "<rootDir>/node_modules/numfmt/dist/index.js",
      },
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
    },
  ],
};
