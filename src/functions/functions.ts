/**
 * IMM custom functions for Excel (namespace IMM, from the manifest), one file per pillar under ./pillars. The JSDoc of
 * each function there is the one declaration of the function: custom-functions-metadata-plugin generates functions.json
 * and the CustomFunctions.associate calls from the pillar files (webpack.config.js lists every file in ./pillars), and
 * this module is the webpack entry and the Node export list (src/node/index.ts re-exports it whole).
 * Each function narrows its `any[][]` ranges to `unknown` grids at once, delegates to the engine (src/imm), and returns
 * a number, a spill, or an error value — it never throws. Blank rows of a spilled range give "" (an empty result).
 * A new pillar file needs one line here; metadata.test.ts fails until it is added.
 */
export * from "./pillars/risk";
export * from "./pillars/partnership";
export * from "./pillars/performance";
export * from "./pillars/integration";
