import { NameMap } from "../../src/engine/names";

describe("NameMap", () => {
  it("finds a name in any case, made from entries or set one by one, with its first spelling", () => {
    const made = new NameMap([
      ["Sales", 1],
      ["Form09_Plan_Do", 2],
    ]);
    expect(made.get("SALES")).toBe(1);
    expect(made.has("form09_plan_do")).toBe(true);
    made.set("sales", 3);
    expect(made.get("Sales")).toBe(3);
    expect(made.spelled("SALES")).toBe("Sales");
    expect([...made.keys()]).toEqual(["Sales", "Form09_Plan_Do"]);
    expect(made.delete("SALES")).toBe(true);
    expect(made.has("Sales")).toBe(false);
  });
});
