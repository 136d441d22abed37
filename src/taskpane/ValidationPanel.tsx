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
import type { WorkbookChoice } from "../usecases/workbookChoice";
import type { Finding, Severity, ValidationResult } from "../validation/rules";
import type { WorkbookActions } from "./WorkbookPanel";
import { useText } from "./i18n";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start" },
  group: { marginTop: tokens.spacingVerticalS },
  badge: { flexShrink: 0 },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  エラー: "danger",
  警告: "warning",
  情報: "informative",
};

export function groupBySheet(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  return [...groups];
}

export function ValidationPanel({
  actions,
  choice,
}: {
  actions: WorkbookActions;
  choice: WorkbookChoice;
}) {
  const styles = useStyles();
  const t = useText();
  const [state, runTask] = useTask<ValidationResult>();
  const run = () => runTask(() => actions.validate(choice));
  const count = (r: ValidationResult, s: Severity) =>
    r.findings.filter((f) => f.severity === s).length;
  return (
    <section aria-labelledby="check-heading">
      <Subtitle2 as="h2" id="check-heading" block>
        {t.check}
      </Subtitle2>
      <Text block size={200}>
        {t.checkHint}
      </Text>
      <div className={styles.item}>
        <Button onClick={run} disabled={state.kind === "busy"}>
          {t.runCheck}
        </Button>
        {state.kind === "busy" && <Spinner size="tiny" label={t.checking} />}
      </div>
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.checkFailed(state.message)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <div>
          <Field
            label={t.required(
              state.value.requiredFilled,
              state.value.requiredTotal,
              state.value.defaultsKept
            )}
            validationState="none"
          >
            <ProgressBar
              value={
                state.value.requiredTotal === 0
                  ? 1
                  : state.value.requiredFilled / state.value.requiredTotal
              }
            />
          </Field>
          <Text block>
            {t.counts(
              state.value.status,
              count(state.value, "エラー"),
              count(state.value, "警告"),
              count(state.value, "情報")
            )}
          </Text>
          {state.value.imported !== undefined && (
            <Text block>
              {t.importedSummary(
                state.value.imported.imported,
                state.value.imported.typedOver,
                state.value.imported.leftEmpty
              )}
            </Text>
          )}
          {groupBySheet(state.value.findings).map(([sheet, findings]) => (
            <div key={sheet} className={styles.group}>
              {sheet !== "" && (
                <Text weight="semibold" block>
                  {t.sheetCount(sheet, findings.length)}
                </Text>
              )}
              <ul className={styles.list}>
                {findings.map((f) => (
                  <li key={`${f.rule}-${f.ref}-${f.message}`} className={styles.item}>
                    <Badge appearance="tint" color={BADGE[f.severity]} className={styles.badge}>
                      {f.severity}
                    </Badge>
                    {f.sheet === "" ? (
                      // about the workbook as a whole: no cell to go to
                      <Text>{f.message}</Text>
                    ) : (
                      <Link as="button" onClick={() => void actions.select(f.sheet, f.ref)}>
                        {f.ref}：{f.message}
                      </Link>
                    )}
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
