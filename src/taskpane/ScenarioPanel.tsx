/** Two hazards side by side: the headline figures and the cash flow of each, without changing the workbook. */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Industry } from "../model/industries";
import { NON_SEISMIC_HAZARDS, SEISMIC_CLASSES } from "../model/hazard";
import type { Course } from "../sheets/courseList";
import { toBase64 } from "../engine/base64";
import type { Headline } from "../usecases/readBack";
import { type PaneText, useText } from "./i18n";
import { useTask } from "./useTask";
import { useChoiceStyles } from "./choiceStyles";

export interface ScenarioActions {
  /** the headline figures for each hazard, from the workbook's inputs */
  compare(course: Course, industry: Industry, hazards: readonly string[]): Promise<Headline[]>;
}

const HAZARDS = [...SEISMIC_CLASSES, ...NON_SEISMIC_HAZARDS];

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "right",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  label: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  chart: { width: "100%", height: "auto", display: "block" },
});

/** 千円 with △ for negatives, as the sheets print them. */
export function amount(v: number): string {
  if (!Number.isFinite(v)) return "—";
  const text = Math.round(Math.abs(v)).toLocaleString("ja-JP");
  return v < 0 ? `△${text}` : text;
}

function rows(t: PaneText): [string, (h: Headline) => string][] {
  return [
    [t.rows.A, (h) => amount(h.A)],
    [t.rows.B, (h) => amount(h.B)],
    [t.rows.C, (h) => amount(h.C)],
    [t.rows.D1, (h) => amount(h.D1)],
    [t.rows.E, (h) => amount(h.E)],
    [t.rows.e, (h) => amount(h.e)],
    [
      t.rows.N,
      (h) =>
        Number.isFinite(h.N)
          ? `${t.days(h.N)}${h.target !== null && h.N > h.target ? t.overTarget(h.target) : ""}`
          : "—",
    ],
    [
      t.rows.peak,
      (h) => (h.peakMonth > 0 ? `${amount(h.peakShortage)}（${t.month(h.peakMonth)}）` : t.none),
    ],
    [t.rows.insurance, (h) => `${amount(h.insurance)}（${h.insuranceStatus}）`],
    [t.rows.uninsuredB, (h) => amount(h.uninsuredB)],
    [t.rows.withPlan, (h) => amount(h.withPlan)],
    [t.rows.planSaving, (h) => amount(h.planSaving)],
  ];
}

/** The cash-flow picture of one hazard (the drawing code loads on the first comparison). */
async function chartUrl(h: Headline): Promise<string> {
  const { cashflowChartPng } = await import("../file/chartImage");
  const png = await cashflowChartPng({ monthly: h.monthly, cumulative: h.cumulative }, 360, 150);
  return `data:image/png;base64,${toBase64(png)}`;
}

interface Compared {
  headline: Headline;
  chart: string;
}

export function ScenarioPanel({
  actions,
  course,
  industry,
}: {
  actions: ScenarioActions;
  course: Course;
  industry: Industry;
}) {
  const styles = useStyles();
  const choices = useChoiceStyles();
  const t = useText();
  const [hazards, setHazards] = React.useState<[string, string]>(["6強", "7"]);
  const [state, runTask] = useTask<Compared[]>();
  const run = () =>
    runTask(async () => {
      const headlines = await actions.compare(course, industry, hazards);
      return Promise.all(
        headlines.map(async (headline) => ({ headline, chart: await chartUrl(headline) }))
      );
    });
  return (
    <section aria-labelledby="scenario-heading">
      <Subtitle2 as="h2" id="scenario-heading" block>
        {t.scenario}
      </Subtitle2>
      <Text block size={200}>
        {t.scenarioHint}
      </Text>
      <div className={choices.fields}>
        {[t.scenarioA, t.scenarioB].map((label, i) => (
          <Field className={choices.choice} key={label} label={label}>
            <Select
              className={choices.choice}
              value={hazards[i]}
              onChange={(_, d) =>
                setHazards((prev) => (i === 0 ? [d.value, prev[1]] : [prev[0], d.value]))
              }
            >
              {HAZARDS.map((h) => (
                <option key={h} value={h}>
                  {t.hazardOption(h)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Button onClick={run} disabled={state.kind === "busy"}>
        {t.compare}
      </Button>
      {state.kind === "busy" && <Spinner size="tiny" label={t.computing} />}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.compareFailed(state.message)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <>
          <table className={styles.table} aria-label={t.figuresTable}>
            <thead>
              <tr>
                <th className={styles.label}>{t.unit}</th>
                {state.value.map(({ headline: h }, i) => (
                  <th key={i} className={styles.cell}>
                    {/^\d/.test(h.hazard) ? `震度${h.hazard}` : h.hazard}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows(t).map(([label, show]) => (
                <tr key={label}>
                  <th scope="row" className={styles.label}>
                    {label}
                  </th>
                  {state.value.map(({ headline: h }, i) => (
                    <td key={i} className={styles.cell}>
                      {show(h)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {state.value.map(({ headline, chart }, i) => (
            <img key={i} className={styles.chart} src={chart} alt={t.chartAlt(headline.hazard)} />
          ))}
        </>
      )}
    </section>
  );
}
