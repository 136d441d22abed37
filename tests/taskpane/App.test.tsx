/** @jest-environment jsdom */
import "../helpers/jsdomPolyfills";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CATALOGUE } from "../../src/functions/catalogue";
import { App, type ApplyOutcome } from "../../src/taskpane/App";
import { syntaxOf } from "../../src/taskpane/FunctionList";

function renderApp(applyCoefficients: () => Promise<ApplyOutcome>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App functions={CATALOGUE} applyCoefficients={applyCoefficients} />
    </FluentProvider>
  );
}

describe("task pane", () => {
  it("lists every BCP function under its Japanese name", () => {
    renderApp(async () => ({ overridden: 0, problems: [] }));
    expect(screen.getByRole("heading", { name: `BCP 関数（${CATALOGUE.length}）` })).toBeTruthy();
    expect(screen.getByText("事業中断CF悪化額（BCP.STOP_CASHFLOW）")).toBeTruthy();
  });

  it("shows the syntax and parameters of a function when opened", () => {
    renderApp(async () => ({ overridden: 0, problems: [] }));
    fireEvent.click(screen.getByText("担保借入上限（BCP.COLLATERAL_LIMIT）"));
    expect(screen.getByText("=BCP.COLLATERAL_LIMIT(collateralValue)")).toBeTruthy();
  });

  it("applies the coefficients and reports how many differ, with problems as a warning", async () => {
    const apply = jest.fn(async () => ({ overridden: 2, problems: ["係数「GraceYears」（'係数'!$C$5）は数値1つではないため、既定値を使います。"] }));
    renderApp(apply);
    fireEvent.click(screen.getByRole("button", { name: "係数を反映" }));
    await waitFor(() => expect(screen.getByText(/2個の係数をブックの値で計算し/)).toBeTruthy());
    expect(screen.getByText(/GraceYears/)).toBeTruthy();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it("says what went wrong when Excel refuses", async () => {
    renderApp(async () => {
      throw new Error("ブックが編集中です");
    });
    fireEvent.click(screen.getByRole("button", { name: "係数を反映" }));
    await waitFor(() => expect(screen.getByText("係数を読めませんでした：ブックが編集中です")).toBeTruthy());
  });
});

describe("syntaxOf", () => {
  it("brackets optional parameters", () => {
    const def = CATALOGUE.find((d) => d.id === "REPAYMENT_CAPACITY");
    expect(def && syntaxOf(def)).toBe("=BCP.REPAYMENT_CAPACITY(netIncomeAfterTax, annualDepreciation, existingAnnualRepayment, [years])");
  });
});
