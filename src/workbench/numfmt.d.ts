/**
 * numfmt 4.0.1's package.json points "types"/"require" at dist/index.d.cts and dist/index.cjs, which the package
 * does not ship (it ships dist/index.d.ts and dist/index.js). This declaration re-exports the shipped typings;
 * jest maps the module to dist/index.js, and webpack resolves its "default" export condition (dist/index.js).
 * Drop this file and the jest mapping once a numfmt release ships the files its package.json names.
 */
declare module "numfmt" {
  export * from "numfmt/dist/index";
}
