/** Colours and conditional formats of the review sheets: rating and RAG colours, index scales, icons, data bars. */
import type { ImmSettings } from "../../imm/defaults";
import type { ConditionalFormatPlan, RangeRef } from "./plan";
import { iconThreshold } from "./rag";
import type { Rag, Rating } from "../assess/assessment";

export const COLORS = {
  title: "#1F3864",
  heading: "#2F5496",
  muted: "#595959",
  tab: "#2F5496",
  headerFill: "#D9E1F2",
  notAssessedFill: "#EDEDED",
  notAssessedFont: "#595959",
  dataBar: "#F4B183",
} as const;

/** Rating colours: fill and font per rating word (Excel's Good/Neutral/Bad palette plus orange for High). */
export const RATING_STYLE: Readonly<Record<Rating, { fill: string; fontColor: string }>> = {
  Low: { fill: "#C6EFCE", fontColor: "#006100" },
  Medium: { fill: "#FFEB9C", fontColor: "#9C5700" },
  High: { fill: "#F8CBAD", fontColor: "#833C0B" },
  Extreme: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** RAG colours. */
export const RAG_STYLE: Readonly<Record<Rag, { fill: string; fontColor: string }>> = {
  Green: { fill: "#C6EFCE", fontColor: "#006100" },
  Amber: { fill: "#FFEB9C", fontColor: "#9C5700" },
  Red: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** Text shown for an unassessed pillar (never a fake 0). */
export const NOT_ASSESSED = "Not assessed";
/** Shown instead of an exposure figure that cannot be computed (never 0 or a blank); a note or warning says why. */
export const NOT_QUANTIFIED = "Not quantified";

/** Four textEquals formats colouring rating words Low/Medium/High/Extreme. */
export function ratingFormats(range: RangeRef): ConditionalFormatPlan[] {
  return (Object.keys(RATING_STYLE) as Rating[]).map((text) => ({ kind: "textEquals", range, text, style: { ...RATING_STYLE[text] } }));
}

/** textEquals formats colouring Green/Amber/Red and "Not assessed". */
export function ragFormats(range: RangeRef): ConditionalFormatPlan[] {
  const out: ConditionalFormatPlan[] = (Object.keys(RAG_STYLE) as Rag[]).map((text) => ({
    kind: "textEquals", range, text, style: { ...RAG_STYLE[text], bold: true },
  }));
  out.push({ kind: "textEquals", range, text: NOT_ASSESSED, style: { fill: COLORS.notAssessedFill, fontColor: COLORS.notAssessedFont } });
  return out;
}

/**
 * Green / Amber / Red fills on 0–100 index cells, at the same cut-offs as the traffic-light icons (the settings'
 * thresholds applied to the index as displayed, see ./rag), so a fill never disagrees with the status beside it.
 * Rule (issue 11 §5): index cells are never coloured by a min/max colour scale — a scale colours 61.6 red when it
 * is the lowest in the column although it is Amber. The three ranges do not overlap, so rule order is irrelevant.
 */
export function indexRagFills(range: RangeRef, settings: Pick<ImmSettings, "amberThreshold" | "greenThreshold">): ConditionalFormatPlan[] {
  const amber = iconThreshold(settings.amberThreshold);
  const green = iconThreshold(settings.greenThreshold);
  const out: ConditionalFormatPlan[] = [
    { kind: "cellValue", range, operator: "lessThan", value1: amber, style: { ...RAG_STYLE.Red } },
    { kind: "cellValue", range, operator: "greaterThanOrEqual", value1: green, style: { ...RAG_STYLE.Green } },
  ];
  if (green > amber) out.splice(1, 0, { kind: "cellValue", range, operator: "between", value1: amber, value2: green - GAP, style: { ...RAG_STYLE.Amber } });
  return out;
}

/** Below the display grid: closes a "between" range just under the next cut-off. */
const GAP = 1e-9;

/**
 * Rating fills on risk-score cells from the settings' rating bands (score ≤ band 1 Low, ≤ band 2 Medium, ≤ band 3
 * High, above Extreme — as RISKRATING decides), so a score's colour matches its rating word; never a colour scale.
 */
export function scoreRatingFills(range: RangeRef, bands: readonly number[]): ConditionalFormatPlan[] {
  const [low, medium, high] = bands;
  return [
    { kind: "cellValue", range, operator: "lessThanOrEqual", value1: low, style: { ...RATING_STYLE.Low } },
    { kind: "cellValue", range, operator: "between", value1: low + GAP, value2: medium, style: { ...RATING_STYLE.Medium } },
    { kind: "cellValue", range, operator: "between", value1: medium + GAP, value2: high, style: { ...RATING_STYLE.High } },
    { kind: "cellValue", range, operator: "greaterThan", value1: high, style: { ...RATING_STYLE.Extreme } },
  ];
}

/**
 * Three traffic lights at the settings' amber and green thresholds, applied to the index as displayed (1 decimal
 * place, see ./rag): Excel compares the raw value, so the cut-offs are moved to where the shown value reaches them.
 */
export function indexIcons(range: RangeRef, settings: ImmSettings): ConditionalFormatPlan {
  return { kind: "iconSet", range, icons: "3TrafficLights",
    thresholds: [iconThreshold(settings.amberThreshold), iconThreshold(settings.greenThreshold)] };
}

/** A data bar (exposure amounts). */
export function dataBar(range: RangeRef, color: string = COLORS.dataBar): ConditionalFormatPlan {
  return { kind: "dataBar", range, color };
}

/** Number formats used across the review sheets. */
export const FMT = {
  /**
   * Amounts without a currency (input templates). Review sheets show amounts in the user's currency: the
   * assessment's `money.format` (kit/locale.ts), never a fixed symbol.
   */
  amount: "#,##0",
  one: "0.0",
  two: "0.00",
  int: "0",
  pct: "0%",
  pct1: "0.0%",
  date: "dd mmm yyyy",
  /** Counts with zeros hidden (heat-map cells). */
  count: "0;-0;;@",
} as const;
