import { type WorkbookChoice, workbookDefinition } from "../../src/usecases/workbookChoice";
import { formPrefix } from "../../src/forms/render";
import { FORM_REQUIREMENTS, requirementOf } from "../../src/forms/requirement";
import type { FormSpec } from "../../src/forms/spec";
import { BCP_FORMS, FORM_GROUPS, FORM_NAMES, expandForms } from "../../src/forms/formSet";
import { INTRO_FORMS } from "../../src/forms/specs/intro";
import type { CellDef, SheetDef, WorkbookDef } from "../../src/sheets/types";
import { SHEET_NAME_MAX } from "../../src/sheets/types";
import { MemoryWorkbook } from "../../src/engine/memory";

function build(choice: Partial<WorkbookChoice> & { forms: string[] }) {
  const def = workbookDefinition({ course: "中級", industry: "製造業", ...choice });
  const wb = new MemoryWorkbook();
  wb.build(def);
  return { def, wb };
}

function sheetOf(def: WorkbookDef, no: string): SheetDef {
  const key = `forms.${formPrefix(no)}`;
  const sheet = def.sheets.find((s) => s.key === key);
  if (sheet === undefined) throw new Error(`no sheet for 様式${no}`);
  return sheet;
}

/** The label left of a cell on its row (column A). */
function labelOf(sheet: SheetDef, cell: CellDef): string {
  const row = cell.ref.replace(/^[A-Z]+/, "");
  const label = sheet.cells.find((c) => c.ref === `A${row}` && c.role === "label");
  return String(label?.value ?? "");
}

/** Required inputs by their label, or by address inside a table (no label beside them). */
function requiredLabels(sheet: SheetDef): string[] {
  return sheet.cells
    .filter((c) => c.role === "input" && c.required)
    .map((c) => (c.ref.startsWith("B") && labelOf(sheet, c) !== "" ? labelOf(sheet, c) : c.ref));
}

function firstTableRow(sheet: SheetDef, table: string): number {
  const t = sheet.tables?.find((x) => x.name === table);
  return Number(t?.ref.split(":")[0]?.replace(/^[A-Z]+/, "")) + 1;
}

const ALL_SPECS: readonly FormSpec[] = [...BCP_FORMS, ...INTRO_FORMS];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

describe("the 様式 catalogue (表 4.3-1)", () => {
  it("has 様式01–20 with 12-1/2/3, 16-1/2/3, 17-1/2, the 入門 様式1–5 and both checklists", () => {
    expect(FORM_REQUIREMENTS).toHaveLength(25);
    expect(BCP_FORMS.map((f) => f.no)).toEqual(
      FORM_REQUIREMENTS.map(([no]) => no).filter((no) => no !== "01")
    );
    expect(FORM_NAMES).toEqual(
      expect.arrayContaining(["01", "入門1", "入門5", "取組状況", "自己診断"])
    );
    expect(FORM_GROUPS.all).toHaveLength(25 + 5 + 2);
  });

  it.each([
    ["12-1", "任意", "必須"],
    ["12-2", "任意", "必須"],
    ["12-3", "必須", "任意"],
    ["18", "任意", "必須"],
    ["07", "任意", "任意"],
    ["06", "必須", "必須"],
  ] as const)(
    "様式%s is %s in the 基本 table and %s in the 中級 table",
    (no, basic, intermediate) => {
      expect(requirementOf(no, "基本")).toBe(basic);
      expect(requirementOf(no, "中級")).toBe(intermediate);
      expect(requirementOf(no, "上級")).toBe(intermediate);
    }
  );

  it("expands groups, keeps the guideline's order and rejects unknown names in Japanese", () => {
    expect(expandForms(["09", "06"])).toEqual(["06", "09"]);
    expect(expandForms(["入門"])).toEqual(["入門1", "入門2", "入門3", "入門4", "入門5"]);
    expect(() => expandForms(["21"])).toThrow("様式・チェックリスト「21」はありません");
  });
});

describe.each(["ja", "en"] as const)("every form built alone (%s)", (locale) => {
  it.each(FORM_NAMES)("%s builds with unique names and no calculation error", (name) => {
    const { def, wb } = build({ forms: [name], formsOnly: true, locale });
    for (const sheet of def.sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
      for (const table of sheet.tables ?? []) {
        const headerRow = table.ref.split(":")[0]?.replace(/^[A-Z]+/, "");
        const headers = sheet.cells.filter(
          (c) => c.role === "header" && c.ref.replace(/^[A-Z]+/, "") === headerRow
        );
        expect(headers.map((h) => h.value)).toEqual(table.columns);
        expect(new Set(table.columns).size).toBe(table.columns.length);
      }
    }
    const names = def.sheets.flatMap((s) => [
      ...s.cells.flatMap((c) => (c.name ? [c.name] : [])),
      ...(s.rangeNames ?? []).map((r) => r.name),
      ...(s.tables ?? []).map((t) => t.name),
    ]);
    expect(new Set(names).size).toBe(names.length);
    expect(wb.errors()).toEqual([]);
  });
});

describe("English labels in the en-US locale", () => {
  it.each(ALL_SPECS.map((f) => f.no))("様式%s has no Japanese in its labels and headings", (no) => {
    const { def } = build({ forms: [no], formsOnly: true, locale: "en" });
    const sheet = sheetOf(def, no);
    const japanese = sheet.cells.filter(
      (c) =>
        (c.role === "label" || c.role === "title" || c.role === "header" || c.role === "note") &&
        JAPANESE.test(String(c.value ?? ""))
    );
    expect(japanese.map((c) => `${c.ref} ${c.value}`)).toEqual([]);
  });

  it("the checklists are in English too", () => {
    const { def } = build({ forms: ["取組状況", "自己診断"], formsOnly: true, locale: "en" });
    for (const sheet of def.sheets) {
      const japanese = sheet.cells.filter(
        (c) => c.role !== "input" && c.formula === undefined && JAPANESE.test(String(c.value ?? ""))
      );
      expect(japanese.map((c) => `${sheet.name}!${c.ref} ${c.value}`)).toEqual([]);
    }
  });
});

describe("required fields (表 4.3-1 要求度 and each form's own fields)", () => {
  it("様式06 asks for the core business, its owner, the loss, a customer, a supplier, the target and the hazards", () => {
    const { def } = build({ forms: ["06"], formsOnly: true });
    expect(requiredLabels(sheetOf(def, "06"))).toEqual([
      "中核事業",
      "中核事業の社内責任者",
      "中核事業中断の場合の損失額（含む違約金等、千円）",
      expect.stringMatching(/^A\d+$/), // 納入・提供先: first row, 会社名
      expect.stringMatching(/^B\d+$/), // 主要連絡先
      expect.stringMatching(/^A\d+$/), // 入手先: first row, 会社名
      expect.stringMatching(/^B\d+$/),
      "目標復旧時間",
      "目標復旧時間の単位",
      "中核事業中断の可能性がある災害等",
    ]);
  });

  it("a 任意 form has no required cell; 様式18 asks for the agent and a policy only in the 中級 course", () => {
    const optional = build({ forms: ["07", "13", "20"], formsOnly: true });
    for (const sheet of optional.def.sheets) expect(requiredLabels(sheet)).toEqual([]);
    const basic = build({ course: "基本", forms: ["18"], formsOnly: true });
    expect(requiredLabels(sheetOf(basic.def, "18"))).toEqual([]);
    const intermediate = build({ forms: ["18"], formsOnly: true });
    const form18 = sheetOf(intermediate.def, "18");
    const row = firstTableRow(form18, "Form18_Policies");
    // the first policy line: 保険のタイプ, 補償範囲, 補償限度額
    expect(requiredLabels(form18)).toEqual([
      "保険代理店名",
      "連絡先電話",
      `A${row}`,
      `D${row}`,
      `E${row}`,
    ]);
  });

  it("様式12-3 is required in the 基本 course only, 12-1 in the 中級 course only", () => {
    const basic = build({ course: "基本", forms: ["12-1", "12-3"], formsOnly: true });
    expect(requiredLabels(sheetOf(basic.def, "12-1"))).toEqual([]);
    expect(requiredLabels(sheetOf(basic.def, "12-3")).length).toBeGreaterThan(0);
    const intermediate = build({ forms: ["12-1", "12-3"], formsOnly: true });
    expect(requiredLabels(sheetOf(intermediate.def, "12-1")).length).toBeGreaterThan(0);
    expect(requiredLabels(sheetOf(intermediate.def, "12-3"))).toEqual([]);
  });

  it("every 必須 form but the 様式19 kit checklist has at least one required field", () => {
    const { def } = build({ forms: ["様式", "入門"], formsOnly: true });
    for (const no of [...FORM_REQUIREMENTS.map(([n]) => n), ...INTRO_FORMS.map((f) => f.no)]) {
      if (requirementOf(no, "中級") !== "必須" || no === "19") continue;
      expect({ no, required: requiredLabels(sheetOf(def, no)).length > 0 }).toEqual({
        no,
        required: true,
      });
    }
  });
});

describe("様式07 score (guideline lines 4548-4575, 図 4.1-5)", () => {
  it.each([
    [3, 3, 9, 1],
    [3, 2, 6, 2],
    [2, 3, 6, 3],
    [2, 2, 4, ""],
    [1, 3, 3, ""],
  ])("重要度 %d × 影響度 %d → %d, 区分 %s", (criticality, impact, score, rank) => {
    const { wb } = build({ forms: ["07"], formsOnly: true });
    wb.set("Form07_Resources_Resource", ["電力"]);
    wb.set("Form07_Resources_Criticality", [criticality]);
    wb.set("Form07_Resources_Impact", [impact]);
    const row = (name: string) => {
      const place = wb.names.get(name);
      return wb.value(place?.sheet as string, (place?.ref as string).split(":")[0] as string);
    };
    expect(row("Form07_Resources_Score")).toBe(score);
    expect(row("Form07_Resources_Rank")).toBe(rank);
    expect(wb.number("Form07_MaxScore")).toBe(score);
    expect(wb.number(`Form07_Rank1Count`)).toBe(rank === 1 ? 1 : 0);
  });

  it("an out-of-range level gives the function's error, not a number", () => {
    const { wb } = build({ forms: ["07"], formsOnly: true });
    wb.set("Form07_Resources_Criticality", [4]);
    wb.set("Form07_Resources_Impact", [2]);
    const place = wb.names.get("Form07_Resources_Score");
    const v = wb.value(place?.sheet as string, (place?.ref as string).split(":")[0] as string);
    expect(v).toMatchObject({ error: "#VALUE!" });
  });
});

describe("required fields per form and course (表 4.3-1 要求度 × each form's own fields)", () => {
  // 0 where the form is 任意 for the course, or a choice list with nothing to insist on (様式19)
  const EXPECTED: Record<string, [number, number]> = {
    "01": [2, 2], // 会社名, 作成日
    "02": [5, 5], // 目的 ①–③, 更新月, 回数
    "03": [4, 4], // 策定と運用の責任者, 発動体制 first row (担当者, 代行者)
    "04": [4, 4], // 会社名, 所在地, 電話, 社長
    "05": [0, 0],
    "06": [10, 10],
    "07": [0, 0],
    "08": [8, 8],
    "09": [3, 3], // the first project: 対策項目, 必要資金, 実施年
    "10": [6, 6],
    "11": [5, 5],
    "12-1": [0, 3],
    "12-2": [0, 3],
    "12-3": [2, 0],
    "13": [0, 0],
    "14": [3, 3],
    "15": [5, 5],
    "16-1": [3, 3],
    "16-2": [0, 0],
    "16-3": [0, 0],
    "17-1": [2, 2],
    "17-2": [6, 6],
    "18": [0, 5],
    "19": [0, 0],
    "20": [0, 0],
    入門1: [2, 2],
    入門2: [4, 4],
    入門3: [1, 1],
    入門4: [2, 2],
    入門5: [2, 2],
  };

  it.each(Object.entries(EXPECTED))(
    "様式%s: %j required in the 基本 / 中級 course",
    (no, [basic, intermediate]) => {
      const count = (course: "基本" | "中級") => {
        const { def } = build({ course, forms: [no], formsOnly: true });
        return sheetOf(def, no).cells.filter((c) => c.role === "input" && c.required).length;
      };
      expect([count("基本"), count("中級")]).toEqual([basic, intermediate]);
    }
  );
});
