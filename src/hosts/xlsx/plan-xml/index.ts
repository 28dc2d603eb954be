/** The direct writer of generated sheets (sheet plans → package XML, no ExcelJS model); see render-plans.ts. */
export { renderPlans, type PlanSheet, type RenderedPlans } from "./render-plans";
export { escapeCellText, capText, MAX_TEXT } from "./xml-text";
