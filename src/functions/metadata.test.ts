/** functions.json as the metadata plugin generates it from functions.ts: exactly the IMM ids, everything documented. */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import * as path from "path";

const IDS = [
  "RISKSCORE", "RISKRATING", "RESIDUALSCORE", "EXPOSURE", "EXPOSURESIM", "RISKINDEX", "PARTNERSHIPINDEX", "PERCEPTIONGAP", "KPISCORE",
  "PERFORMANCEINDEX", "DEDUCTION", "AVAILABILITYDEDUCTION", "AREARATE", "INTEGRATEDINDEX", "STATUS", "TREND", "TRENDLABEL",
];

interface Meta {
  id: string; name: string; description?: string; helpUrl?: string;
  result: { dimensionality?: string };
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
}

test("functions.json holds exactly the IMM ids, each described, with a help URL and every parameter documented", async () => {
  const out = await generateCustomFunctionsMetadata(path.join(__dirname, "functions.ts"), true);
  expect(out.errors).toEqual([]);
  const fns = (JSON.parse(out.metadataJson) as { functions: Meta[] }).functions;
  expect(fns.map((f) => f.id).sort()).toEqual([...IDS].sort());
  for (const f of fns) {
    expect(f.name).toBe(f.id);
    expect(f.description && f.description.length > 20).toBe(true);
    expect(f.helpUrl).toBe(`https://localhost:3000/help/functions.html#${f.id}`);
    for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S/);
  }
  const spills = fns.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id).sort();
  expect(spills).toEqual(["AVAILABILITYDEDUCTION", "DEDUCTION", "INTEGRATEDINDEX", "KPISCORE", "RESIDUALSCORE", "RISKRATING", "RISKSCORE", "STATUS"]);
  expect(out.associate.map((a: { id: string }) => a.id).sort()).toEqual([...IDS].sort());
}, 30000);
