/** The task pane: apply the workbook's coefficients, and look up the BCP functions. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FunctionDef } from "../functions/catalogue";
import { FunctionList } from "./FunctionList";
import type { Industry } from "../model/directCosting";
import type { Course } from "../sheets/course";
import { type ScenarioActions, ScenarioPanel } from "./ScenarioPanel";
import { ValidationPanel } from "./ValidationPanel";
import { type WorkbookActions, WorkbookPanel } from "./WorkbookPanel";

export interface ApplyOutcome {
  overridden: number;
  problems: string[];
}

export interface AppProps {
  functions: readonly FunctionDef[];
  workbook: WorkbookActions;
  scenarios: ScenarioActions;
  /** reads the 係数 sheet into the functions; rejects with a message on failure */
  applyCoefficients: () => Promise<ApplyOutcome>;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done"; outcome: ApplyOutcome } | { kind: "failed"; message: string };

function outcomeText(outcome: ApplyOutcome): string {
  return outcome.overridden === 0
    ? "係数シートに既定値と異なる係数はありません。既定値で計算します。"
    : `${outcome.overridden}個の係数をブックの値で計算し、再計算しました。`;
}

export function App({ functions, workbook, scenarios, applyCoefficients }: AppProps) {
  const styles = useStyles();
  const [course, setCourse] = React.useState<Course>("中級");
  const [industry, setIndustry] = React.useState<Industry>("製造業");
  const choice = { course, industry, setCourse, setIndustry };
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });

  const apply = async () => {
    setStatus({ kind: "busy" });
    try {
      setStatus({ kind: "done", outcome: await applyCoefficients() });
    } catch (e) {
      setStatus({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <main className={styles.root}>
      <Title3 as="h1">BCP 財務診断</Title3>
      <WorkbookPanel actions={workbook} choice={choice} />
      <ScenarioPanel actions={scenarios} course={course} industry={industry} />
      <ValidationPanel actions={workbook} course={course} industry={industry} />
      <section aria-labelledby="coefficients-heading">
        <Subtitle2 as="h2" id="coefficients-heading" block>
          係数
        </Subtitle2>
        <Text block>係数シートを編集したら反映してください。BCP 関数がその値で再計算されます。</Text>
        <div className={styles.row}>
          <Button appearance="primary" onClick={apply} disabled={status.kind === "busy"}>
            係数を反映
          </Button>
          {status.kind === "busy" && <Spinner size="tiny" label="読み込み中" />}
        </div>
        {status.kind === "done" && (
          <MessageBar intent={status.outcome.problems.length > 0 ? "warning" : "success"}>
            <MessageBarBody>
              {outcomeText(status.outcome)}
              {status.outcome.problems.map((p) => (
                <div key={p}>{p}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>係数を読めませんでした：{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </section>
      <section aria-labelledby="functions-heading">
        <Subtitle2 as="h2" id="functions-heading" block>
          BCP 関数（{functions.length}）
        </Subtitle2>
        <Text block size={200}>
          金額は千円、割合は小数（0.3 = 30%）で指定します。
        </Text>
        <FunctionList functions={functions} />
      </section>
    </main>
  );
}
