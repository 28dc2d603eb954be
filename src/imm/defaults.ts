/** Settings of IMM-SPEC §5 and their defaults, as one frozen object. */
export interface ImmSettings {
  /** `Likelihood scale`: top of the likelihood scale (default 5). */
  readonly likelihoodScale: number;
  /** `Consequence scale`: top of the consequence scale (default 5). */
  readonly consequenceScale: number;
  /** `Rating bands`: upper edges of Low, Medium, High (default 4, 9, 16). */
  readonly ratingBands: readonly [number, number, number];
  /** `Pillar weights`: partnership, risk, performance (default 1, 1, 1). */
  readonly pillarWeights: readonly [number, number, number];
  /** `Amber threshold` (default 60). */
  readonly amberThreshold: number;
  /** `Green threshold` (default 80). */
  readonly greenThreshold: number;
  /** `Control effectiveness words` (default None 0, Partial 0.25, Substantial 0.5, Full 0.75). */
  readonly effectivenessWords: Readonly<Record<string, number>>;
  /** `Simulation iterations` (default 10000). */
  readonly simulationIterations: number;
  /** `Simulation seed` (default 1). */
  readonly simulationSeed: number;
  /** `Gap alert`: perception gap at or above which a factor is flagged (default 1). */
  readonly gapAlert: number;
  /** `Currency`: a symbol or ISO code for amounts ("" = from the payment cell's format or the locale; review/kit/locale.ts). */
  readonly currency: string;
  /** `Paper size`: "A4" or "Letter" ("" = from the locale). */
  readonly paperSize: string;
}

export const DEFAULT_SETTINGS: ImmSettings = Object.freeze({
  likelihoodScale: 5,
  consequenceScale: 5,
  ratingBands: Object.freeze([4, 9, 16]) as readonly [number, number, number],
  pillarWeights: Object.freeze([1, 1, 1]) as readonly [number, number, number],
  amberThreshold: 60,
  greenThreshold: 80,
  effectivenessWords: Object.freeze({ none: 0, partial: 0.25, substantial: 0.5, full: 0.75 }),
  simulationIterations: 10000,
  simulationSeed: 1,
  gapAlert: 1,
  currency: "",
  paperSize: "",
});

/** The settings keys as users write them in the IMM_Settings table, mapped to ImmSettings fields. */
export const SETTINGS_KEYS: Readonly<Record<keyof ImmSettings, string>> = Object.freeze({
  likelihoodScale: "Likelihood scale",
  consequenceScale: "Consequence scale",
  ratingBands: "Rating bands",
  pillarWeights: "Pillar weights",
  amberThreshold: "Amber threshold",
  greenThreshold: "Green threshold",
  effectivenessWords: "Control effectiveness words",
  simulationIterations: "Simulation iterations",
  simulationSeed: "Simulation seed",
  gapAlert: "Gap alert",
  currency: "Currency",
  paperSize: "Paper size",
});
