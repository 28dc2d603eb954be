/** The IMM engine: every formula of IMM-SPEC §2 as pure functions, plus scales, defaults and the error type. */
export * from "./errors";
export * from "./defaults";
export * from "./scales";
export * from "./checks";
export * from "./precision";
export * from "./risk";
export * from "./exposure";
export * from "./montecarlo";
export * from "./montecarlo-sliced";
export * from "./simulation-run";
export * from "./simulation-blocks";
export * from "./partnership";
export * from "./performance";
export * from "./deduction";
export * from "./integration";
export * from "./trend";
