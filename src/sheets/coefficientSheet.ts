/**
 * 係数: every coefficient of the model with its source (SPEC §2). Each value cell carries the
 * coefficient's key as a defined name, so formulas and the BCP functions read it from here.
 */
import { COEFFICIENTS } from "../model/parameters";
import { SheetBuilder } from "./builder";
import type { SheetDef } from "./types";
import type { SheetLanguage } from "./language";

export const COEFFICIENT_SHEET = "係数";

function formatOf(unit: string) {
  if (unit === "比率") return "decimal" as const;
  if (unit === "日") return "days" as const;
  if (unit === "千円") return "amount" as const;
  return "decimal" as const;
}

export function coefficientSheet(language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("coefficients", COEFFICIENT_SHEET, [34, 12, 10, 12, 60, 26], {
    freeze: { rows: 4, columns: 0 },
    language,
  });
  s.title("係数（計算に使う定数と出典）", null);
  s.note(
    "値を変えると、その係数を使うすべての計算がすぐに計算し直されます（BCP 関数にはこの列を渡しています）。範囲外の値は計算できません。既定値は D 列です。"
  );
  s.header(["係数", "値", "単位", "既定値", "出典", "名前"]);
  const first = s.row;
  for (const c of COEFFICIENTS) {
    s.label(0, language === "en" ? c.labelEn : c.labelJa);
    s.input(1, {
      name: c.key,
      value: c.value,
      format: formatOf(c.unit),
      required: true,
      validation: { type: c.whole ? "whole" : "decimal", min: c.min, max: c.max },
    });
    s.label(2, c.unit);
    s.formula(3, String(c.value), { format: formatOf(c.unit) });
    s.label(4, c.source);
    s.label(5, c.key);
    s.row += 1;
  }
  // the values in COEFFICIENTS order, as each BCP function of the sheets receives them
  s.nameRange("Coefficients", `B${first}:B${s.row - 1}`);
  return s.build();
}
