/** The check: findings grouped by sheet with counts and progress; a click selects the cell. */
import * as React from "react";
import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Industry } from "../model/directCosting";
import type { Course } from "../sheets/course";
import type { Finding, Severity, ValidationResult } from "../validation/rules";
import type { WorkbookActions } from "./WorkbookPanel";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start" },
  group: { marginTop: tokens.spacingVerticalS },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { エラー: "danger", 警告: "warning", 情報: "informative" };

export function groupBySheet(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  return [...groups];
}

type State = { kind: "idle" } | { kind: "busy" } | { kind: "done"; result: ValidationResult } | { kind: "failed"; message: string };

export function ValidationPanel({ actions, course, industry }: { actions: WorkbookActions; course: Course; industry: Industry }) {
  const styles = useStyles();
  const [state, setState] = React.useState<State>({ kind: "idle" });
  const run = async () => {
    setState({ kind: "busy" });
    try {
      setState({ kind: "done", result: await actions.validate(course, industry) });
    } catch (e) {
      setState({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };
  const count = (r: ValidationResult, s: Severity) => r.findings.filter((f) => f.severity === s).length;
  return (
    <section aria-labelledby="check-heading">
      <Subtitle2 as="h2" id="check-heading" block>
        点検
      </Subtitle2>
      <Text block size={200}>
        未入力・入力誤り・決算書との不一致を探し、「検証結果」シートに書き出します。直したらもう一度点検してください。
      </Text>
      <div className={styles.item}>
        <Button onClick={run} disabled={state.kind === "busy"}>
          点検する
        </Button>
        {state.kind === "busy" && <Spinner size="tiny" label="点検中" />}
      </div>
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>点検できませんでした：{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <div>
          <Field
            label={`必須入力 ${state.result.requiredFilled} / ${state.result.requiredTotal}`}
            validationState="none"
          >
            <ProgressBar value={state.result.requiredTotal === 0 ? 1 : state.result.requiredFilled / state.result.requiredTotal} />
          </Field>
          <Text block>
            {state.result.status}：エラー {count(state.result, "エラー")}件・警告 {count(state.result, "警告")}件・情報 {count(state.result, "情報")}件
          </Text>
          {groupBySheet(state.result.findings).map(([sheet, findings]) => (
            <div key={sheet} className={styles.group}>
              <Text weight="semibold" block>
                {sheet}（{findings.length}件）
              </Text>
              <ul className={styles.list}>
                {findings.map((f) => (
                  <li key={`${f.rule}-${f.ref}-${f.message}`} className={styles.item}>
                    <Badge appearance="tint" color={BADGE[f.severity]}>
                      {f.severity}
                    </Badge>
                    <Link as="button" onClick={() => void actions.select(f.sheet, f.ref)}>
                      {f.ref}：{f.message}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
