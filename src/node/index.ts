export * from "../imm/scales";
