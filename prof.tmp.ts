import { readFileSync } from "node:fs";
import { defaultEngine } from "./src/cli/engine";
async function main() {
  const bytes = readFileSync(process.env.F ?? "/tmp/big-nomoney.xlsx");
  for (let k = 0; k < 3; k++) {
    let t = performance.now(); const lap = (l: string) => { const n = performance.now(); process.stdout.write(`${l} ${(n - t).toFixed(0)}  `); t = n; };
    const host = await defaultEngine.openWorkbook(bytes, "b.xlsx"); lap("open");
    const model = defaultEngine.readModel(await host.readSnapshot()); lap("read");
    const { plans } = await defaultEngine.buildReviewPlans(model, {}); lap("plans");
    await host.applyPlans(plans); lap("apply");
    await host.toBuffer(); lap("write");
    console.log();
  }
}
main();
