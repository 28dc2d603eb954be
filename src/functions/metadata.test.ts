/**
 * functions.json as the metadata plugin generates it from the pillar files: one entry per declaration, each exported for
 * Node under its camelCase name, everything documented, and spills exactly where the function returns a range.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import { declaredFunctions, exportedNames, functionFor, functionSources } from "../../scripts/function-catalog";
import { examplesOf } from "../../scripts/function-examples";
import * as node from "../node";

interface Meta {
  id: string; name: string; description?: string; helpUrl?: string;
  result: { dimensionality?: string };
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
}

test("functions.json holds exactly the declared ids, each exported, described, with a help URL and every parameter documented", async () => {
  const out = await generateCustomFunctionsMetadata(functionSources(), true);
  expect(out.errors).toEqual([]);
  const fns = (JSON.parse(out.metadataJson) as { functions: Meta[] }).functions;
  const ids = declaredFunctions().map((d) => d.id).sort();
  expect(ids.length).toBeGreaterThanOrEqual(17);
  expect(fns.map((f) => f.id).sort()).toEqual(ids);
  // Every export of src/functions/functions.ts is a custom function (and the Node entry exports each one).
  expect(exportedNames().map((n) => n.toUpperCase()).sort()).toEqual(ids);
  for (const f of fns) {
    expect(f.name).toBe(f.id);
    expect(f.description && f.description.length > 20).toBe(true);
    expect(f.helpUrl).toBe(`https://localhost:3000/help/functions.html#${f.id}`);
    for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S/);
    const name = exportedNames().find((n) => n.toUpperCase() === f.id) as string;
    expect((node as unknown as Record<string, unknown>)[name]).toBe(functionFor(f.id));
  }
  // A function spills (matrix result) exactly when it returns a range: checked on its worked example.
  const examples = examplesOf(declaredFunctions(), { functions: fns });
  for (const f of fns) {
    const result: unknown = await (functionFor(f.id) as (...a: unknown[]) => unknown)(...examples[f.id].args);
    expect(`${f.id}: ${Array.isArray(result) ? "matrix" : "value"}`).toBe(`${f.id}: ${f.result.dimensionality === "matrix" ? "matrix" : "value"}`);
  }
  expect(out.associate.map((a: { id: string }) => a.id).sort()).toEqual(ids);
}, 30000);
