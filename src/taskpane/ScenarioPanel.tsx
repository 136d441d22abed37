/** Two hazards side by side: the headline figures and the cash flow of each, without changing the workbook. */
import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Industry } from "../model/directCosting";
import { NON_SEISMIC_HAZARDS, SEISMIC_CLASSES } from "../model/hazard";
import type { Course } from "../sheets/course";
import { cashflowChartPng } from "../workbook/chartImage";
import { toBase64 } from "../workbook/base64";
import type { Headline } from "../workbook/headline";

export interface ScenarioActions {
  /** the headline figures for each hazard, from the workbook's inputs */
  compare(course: Course, industry: Industry, hazards: readonly string[]): Promise<Headline[]>;
}

const HAZARDS = [...SEISMIC_CLASSES, ...NON_SEISMIC_HAZARDS];

const useStyles = makeStyles({
  fields: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "right", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  label: { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  chart: { width: "100%", height: "auto", display: "block" },
});

/** 千円 with △ for negatives, as the sheets print them. */
export function amount(v: number): string {
  if (!Number.isFinite(v)) return "—";
  const text = Math.round(Math.abs(v)).toLocaleString("ja-JP");
  return v < 0 ? `△${text}` : text;
}

const ROWS: [string, (h: Headline) => string][] = [
  ["資産の復旧費用 (A)", (h) => amount(h.A)],
  ["キャッシュフロー悪化額 (B)", (h) => amount(h.B)],
  ["復旧費用総額 (C)", (h) => amount(h.C)],
  ["手元資金 (D1)", (h) => amount(h.D1)],
  ["新規借入必要額 (E)", (h) => amount(h.E)],
  ["新規借入可能金額 (e)", (h) => amount(h.e)],
  ["営業再開日数 (N)", (h) => (Number.isFinite(h.N) ? `${h.N}日${h.target !== null && h.N > h.target ? `（目標${h.target}日を超過）` : ""}` : "—")],
  ["ピーク時の資金不足", (h) => (h.peakMonth > 0 ? `${amount(h.peakShortage)}（${h.peakMonth}ヶ月目）` : "なし")],
];

function chartUrl(h: Headline): string {
  return `data:image/png;base64,${toBase64(cashflowChartPng({ monthly: h.monthly, cumulative: h.cumulative }, 360, 150))}`;
}

export function ScenarioPanel({ actions, course, industry }: { actions: ScenarioActions; course: Course; industry: Industry }) {
  const styles = useStyles();
  const [hazards, setHazards] = React.useState<[string, string]>(["6強", "7"]);
  const [state, setState] = React.useState<{ kind: "idle" | "busy" } | { kind: "done"; result: Headline[] } | { kind: "failed"; message: string }>({
    kind: "idle",
  });
  const run = async () => {
    setState({ kind: "busy" });
    try {
      setState({ kind: "done", result: await actions.compare(course, industry, hazards) });
    } catch (e) {
      setState({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <section aria-labelledby="scenario-heading">
      <Subtitle2 as="h2" id="scenario-heading" block>
        災害の想定を比べる
      </Subtitle2>
      <Text block size={200}>
        ブックの入力はそのままに、災害だけを変えて主要な数値を比べます（表 参考.1-14）。
      </Text>
      <div className={styles.fields}>
        {(["想定A", "想定B"] as const).map((label, i) => (
          <Field key={label} label={label}>
            <Select
              value={hazards[i]}
              onChange={(_, d) => setHazards((prev) => (i === 0 ? [d.value, prev[1]] : [prev[0], d.value]))}
            >
              {HAZARDS.map((h) => (
                <option key={h} value={h}>
                  {/^\d/.test(h) ? `震度${h}` : h}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Button onClick={run} disabled={state.kind === "busy"}>
        比べる
      </Button>
      {state.kind === "busy" && <Spinner size="tiny" label="計算中" />}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>比べられませんでした：{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <>
          <table className={styles.table} aria-label="想定ごとの主要な数値（千円）">
            <thead>
              <tr>
                <th className={styles.label}>千円</th>
                {state.result.map((h, i) => (
                  <th key={i} className={styles.cell}>
                    {/^\d/.test(h.hazard) ? `震度${h.hazard}` : h.hazard}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([label, show]) => (
                <tr key={label}>
                  <th scope="row" className={styles.label}>
                    {label}
                  </th>
                  {state.result.map((h, i) => (
                    <td key={i} className={styles.cell}>
                      {show(h)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {state.result.map((h, i) => (
            <img key={i} className={styles.chart} src={chartUrl(h)} alt={`${h.hazard}の月次資金収支（棒）と累計資金収支（線）`} />
          ))}
        </>
      )}
    </section>
  );
}
