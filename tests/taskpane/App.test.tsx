/** @jest-environment jsdom */
import "../helpers/jsdomPolyfills";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CATALOGUE, type FunctionDef } from "../../src/functions/catalogue";
import { App, type ApplyOutcome } from "../../src/taskpane/App";
import { exampleOf, syntaxOf } from "../../src/taskpane/FunctionList";
import { type WorkbookActions, reportLines } from "../../src/taskpane/WorkbookPanel";
import type { ValidationResult } from "../../src/validation/rules";
import type { BuildReport } from "../../src/engine/plan";

const NO_SCENARIOS = { compare: async () => [] };
const NO_IMPORTS = {
  preview: async () => Promise.reject(new Error("no import here")),
  apply: async () => Promise.reject(new Error("no import here")),
  undo: async () => undefined,
};

const REPORT: BuildReport = {
  created: ["サマリー", "中級_損益"],
  updated: [],
  skipped: [],
  renamed: [],
  keptInputs: 0,
};

function renderApp(
  applyCoefficients: () => Promise<ApplyOutcome>,
  workbook: WorkbookActions = fakeActions()
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App
        functions={CATALOGUE}
        workbook={workbook}
        scenarios={NO_SCENARIOS}
        imports={NO_IMPORTS}
        applyCoefficients={applyCoefficients}
      />
    </FluentProvider>
  );
}

/** Opens one of the pane's tabs. */
const openTab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));

function fakeActions(): WorkbookActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    buildCourse: async ({ course, industry, forms, tableRows, repeats }) => {
      calls.push(
        `build ${course} ${industry}${forms.length > 0 ? ` ${forms.join(",")}` : ""}${tableRows ? ` rows ${tableRows}` : ""}${repeats ? ` repeats ${Object.entries(repeats).sort().join(" ")}` : ""}`
      );
      return REPORT;
    },
    createLenderCopy: async ({ course, industry }) => {
      calls.push(`lender ${course} ${industry}`);
      return { sheets: ["金融機関提出用サマリー", "サマリー"] };
    },
    createPrintCopy: async ({ course, industry }) => {
      calls.push(`print ${course} ${industry}`);
      return { sheets: ["サマリー", "中級_損益"] };
    },
    validate: async ({ course, industry }) => {
      calls.push(`validate ${course} ${industry}`);
      return CHECK;
    },
    select: async (sheet, ref) => {
      calls.push(`select ${sheet}!${ref}`);
    },
  };
}

const CHECK: ValidationResult = {
  checkedOn: "2026-11-22",
  status: "エラーあり",
  requiredFilled: 7,
  requiredTotal: 9,
  defaultsKept: 119,
  findings: [
    {
      severity: "エラー",
      rule: "required",
      sheet: "中級_損益",
      ref: "C4",
      message: "必須の入力「売上高」が空欄です。値を入力してください。",
    },
    {
      severity: "警告",
      rule: "cash",
      sheet: "中級_資金調達",
      ref: "B6",
      message: "現金・預金が月商の1ヶ月分に足りません。",
    },
    {
      severity: "エラー",
      rule: "required",
      sheet: "中級_損益",
      ref: "B7",
      message: "必須の入力「期首製品棚卸高」が空欄です。値を入力してください。",
    },
  ],
};

describe("task pane", () => {
  it("lists every BCP function under its Japanese name when asked, and closes the list again", async () => {
    renderApp(async () => ({ overridden: 0, problems: [] }));
    openTab("係数・関数");
    // the tab's panel loads when the tab first opens
    expect(
      await screen.findByRole("heading", { name: `BCP 関数（${CATALOGUE.length}）` })
    ).toBeTruthy();
    expect(screen.queryByText("事業中断CF悪化額（BCP.STOP_CASHFLOW）")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "関数の一覧を表示" }));
    expect(await screen.findByText("事業中断CF悪化額（BCP.STOP_CASHFLOW）")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "関数の一覧を閉じる" }));
    expect(screen.queryByText("事業中断CF悪化額（BCP.STOP_CASHFLOW）")).toBeNull();
  });

  it("shows the syntax and parameters of a function when opened", async () => {
    renderApp(async () => ({ overridden: 0, problems: [] }));
    openTab("係数・関数");
    fireEvent.click(await screen.findByRole("button", { name: "関数の一覧を表示" }));
    fireEvent.click(await screen.findByText("担保借入上限（BCP.COLLATERAL_LIMIT）"));
    expect(screen.getByText("=BCP.COLLATERAL_LIMIT(collateralValue, [coefficients])")).toBeTruthy();
  });

  it("applies the coefficients and reports how many differ, with problems as a warning", async () => {
    const apply = jest.fn(async () => ({
      overridden: 2,
      problems: ["係数「GraceYears」（'係数'!$C$5）は数値1つではないため、既定値を使います。"],
    }));
    renderApp(apply);
    openTab("係数・関数");
    fireEvent.click(await screen.findByRole("button", { name: "係数を反映" }));
    await waitFor(() => expect(screen.getByText(/2個の係数をブックの値で計算し/)).toBeTruthy());
    expect(screen.getByText(/GraceYears/)).toBeTruthy();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it("says what went wrong when Excel refuses", async () => {
    renderApp(async () => {
      throw new Error("ブックが編集中です");
    });
    openTab("係数・関数");
    fireEvent.click(await screen.findByRole("button", { name: "係数を反映" }));
    await waitFor(() =>
      expect(screen.getByText("係数を読めませんでした：ブックが編集中です")).toBeTruthy()
    );
  });
});

describe("building the workbook from the pane", () => {
  it("builds the chosen course and industry and lists what it created", async () => {
    const actions = fakeActions();
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    fireEvent.change(screen.getByLabelText("コース"), { target: { value: "上級" } });
    fireEvent.change(screen.getByLabelText("業種"), { target: { value: "建設業" } });
    fireEvent.click(screen.getByLabelText("BCP取組状況チェック（20問）"));
    fireEvent.click(screen.getByRole("button", { name: "シートを作成" }));
    await waitFor(() =>
      expect(screen.getByText("作成したシート：サマリー、中級_損益")).toBeTruthy()
    );
    expect(actions.calls).toEqual(["build 上級 建設業 取組状況"]);
  });

  it("lays out as many rows per form table as asked, and will not build with a number out of range", async () => {
    const actions = fakeActions();
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    const rows = screen.getByLabelText("様式の表の行数");
    fireEvent.change(rows, { target: { value: "0" } });
    expect(screen.getByText("1〜1000 の整数を入力してください")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "シートを作成" }) as HTMLButtonElement).disabled
    ).toBe(true);
    fireEvent.change(rows, { target: { value: "250" } });
    fireEvent.click(screen.getByRole("button", { name: "シートを作成" }));
    await waitFor(() => expect(actions.calls).toEqual(["build 中級 製造業 rows 250"]));
  });

  it("asks how many core businesses, hazards, sites and cards once the 様式 are chosen", async () => {
    const actions = fakeActions();
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    expect(screen.queryByLabelText("中核事業（様式06）")).toBeNull();
    fireEvent.click(screen.getByLabelText("BCP様式01〜20（表紙・目次つき）"));
    fireEvent.change(screen.getByLabelText("中核事業（様式06）"), { target: { value: "3" } });
    fireEvent.change(screen.getByLabelText("事業所（様式10）"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "シートを作成" }));
    await waitFor(() =>
      expect(actions.calls).toEqual(["build 中級 製造業 様式 repeats 06,3 10,2"])
    );
  });

  it("makes the lender copy and says where it went", async () => {
    const actions = fakeActions();
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    fireEvent.click(screen.getByRole("button", { name: "金融機関提出用コピー" }));
    await waitFor(() =>
      expect(screen.getByText(/新しいブックに金融機関提出用コピーを作りました/)).toBeTruthy()
    );
    expect(actions.calls).toEqual(["lender 中級 製造業"]);
  });

  it("makes the copy to print and file and says what it holds", async () => {
    const actions = fakeActions();
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    fireEvent.click(screen.getByRole("button", { name: "印刷・保管用コピー" }));
    await waitFor(() =>
      expect(screen.getByText(/印刷・保管用コピーを作りました（2シート）/)).toBeTruthy()
    );
    expect(actions.calls).toEqual(["print 中級 製造業"]);
  });

  it("says which typed values moved to the forms and which gave way", () => {
    expect(
      reportLines({
        created: ["様式06_中核事業"],
        updated: [],
        keptInputs: 0,
        renamed: [],
        skipped: [],
        carried: ["様式06_中核事業!B27"],
        dropped: [{ cell: "様式06_中核事業!B5", value: 9000, keptIn: "=CashflowWorseningB" }],
      })
    ).toEqual([
      "作成したシート：様式06_中核事業",
      "財務診断に入力済みの値を様式の記入欄に移しました（様式06_中核事業!B27）。",
      "様式06_中核事業!B5 に入力されていた 9000 は、=CashflowWorseningB の値を使うため計算に使われなくなりました。必要なら確認してください。",
    ]);
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

describe("a build that fails", () => {
  it("says the workbook may be partly built and that building again completes it", async () => {
    const actions = fakeActions();
    actions.buildCourse = async () => {
      throw new Error("GeneralException");
    };
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    fireEvent.click(screen.getByRole("button", { name: "シートを作成" }));
    expect(
      await screen.findByText(
        /シートの作成が途中で止まりました（GeneralException）。.*もう一度［シートを作成］を押すと/
      )
    ).toBeTruthy();
  });
});

describe("the pane's tabs", () => {
  it("open with a click or the arrow keys, Home and End, and say which is open", async () => {
    renderApp(async () => ({ overridden: 0, problems: [] }));
    const tab = (name: string) => screen.getByRole("tab", { name });
    expect(tab("作成").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(tab("作成"), { key: "ArrowRight" });
    expect(tab("取込").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(tab("取込"), { key: "ArrowRight" });
    expect(tab("点検").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(tab("点検"));
    expect(await screen.findByRole("button", { name: "点検する" })).toBeTruthy();
    fireEvent.keyDown(tab("点検"), { key: "End" });
    expect(tab("係数・関数").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(tab("係数・関数"), { key: "ArrowRight" }); // round to the first
    expect(tab("作成").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(tab("作成"), { key: "ArrowLeft" });
    expect(tab("係数・関数").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(tab("係数・関数"), { key: "Home" });
    expect(tab("作成").getAttribute("aria-selected")).toBe("true");
  });
});

describe("the check in the pane", () => {
  it("groups findings by sheet with counts and progress, and a click selects the cell", async () => {
    const actions = fakeActions();
    renderApp(async () => ({ overridden: 0, problems: [] }), actions);
    openTab("点検");
    fireEvent.click(await screen.findByRole("button", { name: "点検する" }));
    await waitFor(() => expect(screen.getByText("中級_損益（2件）")).toBeTruthy());
    expect(screen.getByText("中級_資金調達（1件）")).toBeTruthy();
    expect(screen.getByText("必須入力 7 / 9（既定値のまま 119項目）")).toBeTruthy();
    expect(screen.getByText("エラーあり：エラー 2件・警告 1件・情報 0件")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /C4：必須の入力「売上高」/ }));
    await waitFor(() => expect(actions.calls).toContain("select 中級_損益!C4"));
    expect(actions.calls[0]).toBe("validate 中級 製造業");
    // the findings are still there after a visit to another tab
    const hidden = () => screen.getByText("中級_損益（2件）").closest("[hidden]") !== null;
    openTab("作成");
    expect(hidden()).toBe(true);
    openTab("点検");
    expect(hidden()).toBe(false);
  });
});

describe("syntaxOf", () => {
  it("brackets optional parameters", () => {
    const def = CATALOGUE.find((d) => d.id === "REPAYMENT_CAPACITY");
    expect(def && syntaxOf(def)).toBe(
      "=BCP.REPAYMENT_CAPACITY(netIncomeAfterTax, annualDepreciation, existingAnnualRepayment, [years], [coefficients])"
    );
  });
});

describe("exampleOf", () => {
  it("writes the worked call as a formula, a range as an array constant", () => {
    const byId = (id: string) => CATALOGUE.find((d) => d.id === id) as FunctionDef;
    expect(exampleOf(byId("DAMAGE"))).toBe('=BCP.DAMAGE(150000,"機械及び装置","6強",3,2,0.3)');
    expect(exampleOf(byId("REOPEN_DAYS"))).toBe("=BCP.REOPEN_DAYS({2;15;30;80;8},{1;1;0;1;1})");
    expect(exampleOf(byId("CASHFLOW_TABLE"))).toContain(",{0,0.3,0.6,1},{0,50000,0,0})");
  });
});

describe("language", () => {
  it("switches the pane to English and back", async () => {
    renderApp(async () => ({ overridden: 0, problems: [] }));
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { name: "BCP Financial Diagnosis" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create sheets" })).toBeTruthy();
    // the choices read in English too; the values stay the guideline's codes
    expect(screen.getByRole("option", { name: "Construction" })).toBeTruthy();
    openTab("Compare");
    expect(
      (await screen.findAllByRole("option", { name: "Intensity 6 upper" })).length
    ).toBeGreaterThan(0);
    expect(screen.getAllByRole("option", { name: "Fire" }).length).toBeGreaterThan(0);
    openTab("Check");
    expect(await screen.findByRole("button", { name: "Run the check" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "日本語" }));
    expect(screen.getByRole("heading", { name: "BCP 財務診断" })).toBeTruthy();
  });
});
