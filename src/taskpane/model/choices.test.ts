import { withChoice } from "./choices";

test("withChoice adds or removes a key without touching the original set", () => {
  const start = new Set(["risk", "dashboard"]);
  expect([...withChoice(start, "partnership", true)]).toEqual(["risk", "dashboard", "partnership"]);
  expect([...withChoice(start, "risk", false)]).toEqual(["dashboard"]);
  expect([...withChoice(start, "risk", true)]).toEqual(["risk", "dashboard"]);
  expect([...start]).toEqual(["risk", "dashboard"]);
});
