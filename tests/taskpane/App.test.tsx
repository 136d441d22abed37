/** @jest-environment jsdom */
import "../helpers/jsdomPolyfills";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CATALOGUE } from "../../src/functions/catalogue";
import { App, type ApplyOutcome } from "../../src/taskpane/App";
import { syntaxOf } from "../../src/taskpane/FunctionList";
import { type WorkbookActions, reportLines } from "../../src/taskpane/WorkbookPanel";
import type { BuildReport } from "../../src/workbook/plan";

const REPORT: BuildReport = { created: ["サマリー", "中級_損益"], updated: [], skipped: [], renamed: [], keptInputs: 0 };

function renderApp(applyCoefficients: () => Promise<ApplyOutcome>, workbook: WorkbookActions = fakeActions()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App functions={CATALOGUE} workbook={workbook} applyCoefficients={applyCoefficients} />
    </FluentProvider>
  );
}

function fakeActions(): WorkbookActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    buildCourse: async (course, industry) => {
      calls.push(`build ${course} ${industry}`);
      return REPORT;
    },
    createLenderCopy: async (course, industry) => {
      calls.push(`lender ${course} ${industry}`);
      return { sheets: ["金融機関提出用サマリー", "サマリー"] };
    },
  };
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

describe("building the workbook from the pane", () => {
  it("builds the chosen course and industry and lists what it created", async () => {
    const actions = fakeActions();
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    fireEvent.change(screen.getByLabelText("コース"), { target: { value: "上級" } });
    fireEvent.change(screen.getByLabelText("業種"), { target: { value: "建設業" } });
    fireEvent.click(screen.getByRole("button", { name: "シートを作成" }));
    await waitFor(() => expect(screen.getByText("作成したシート：サマリー、中級_損益")).toBeTruthy());
    expect(actions.calls).toEqual(["build 上級 建設業"]);
  });

  it("makes the lender copy and says where it went", async () => {
    const actions = fakeActions();
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    fireEvent.click(screen.getByRole("button", { name: "金融機関提出用コピー" }));
    await waitFor(() => expect(screen.getByText(/新しいブックに金融機関提出用コピーを作りました/)).toBeTruthy());
    expect(actions.calls).toEqual(["lender 中級 製造業"]);
  });

  it("explains kept, renamed and edited sheets", () => {
    expect(
      reportLines({
        created: [],
        updated: ["a", "b"],
        keptInputs: 12,
        renamed: [{ sheet: "中級_損益", now: "損益2025" }],
        skipped: [{ sheet: "中級_復旧費用", cells: ["D50"] }],
      })
    ).toEqual([
      "更新したシート：2枚（入力済みの 12 セルはそのまま）",
      "「中級_損益」は「損益2025」に名前が変わっているため、作り直していません。",
      "「中級_復旧費用」は入力欄以外が変更されているため、上書きしていません（D50）。",
    ]);
  });
});

describe("syntaxOf", () => {
  it("brackets optional parameters", () => {
    const def = CATALOGUE.find((d) => d.id === "REPAYMENT_CAPACITY");
    expect(def && syntaxOf(def)).toBe("=BCP.REPAYMENT_CAPACITY(netIncomeAfterTax, annualDepreciation, existingAnnualRepayment, [years])");
  });
});
