/** The task pane: apply the workbook's coefficients, and look up the BCP functions. */
import * as React from "react";
import type { DateStyle } from "../forms/spec";
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
import { useTask } from "./useTask";
import { type Lang, LangProvider, type PaneText, textFor } from "./i18n";
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

function outcomeText(outcome: ApplyOutcome, t: PaneText): string {
  return outcome.overridden === 0 ? t.noOverride : t.overridden(outcome.overridden);
}

export function App({ functions, workbook, scenarios, applyCoefficients }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>("ja");
  const t = textFor(lang);
  const [course, setCourse] = React.useState<Course>("中級");
  const [industry, setIndustry] = React.useState<Industry>("製造業");
  const [forms, setForms] = React.useState<string[]>([]);
  const [dateStyle, setDateStyle] = React.useState<DateStyle>("和暦");
  const [tableRows, setTableRows] = React.useState<number | undefined>(undefined);
  const choice = {
    course,
    industry,
    forms,
    locale: lang,
    dateStyle,
    ...(tableRows !== undefined ? { tableRows } : {}),
    setCourse,
    setIndustry,
    setForms,
    setDateStyle,
    setTableRows,
  };
  const [status, runApply] = useTask<ApplyOutcome>();
  const apply = () => runApply(applyCoefficients);

  return (
    <LangProvider value={lang}>
      <main className={styles.root} lang={lang}>
        <div className={styles.row}>
          <Title3 as="h1">{t.title}</Title3>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => setLang(lang === "ja" ? "en" : "ja")}
          >
            {t.language}
          </Button>
        </div>
        <WorkbookPanel actions={workbook} choice={choice} />
        <ScenarioPanel actions={scenarios} course={course} industry={industry} />
        <ValidationPanel
          actions={workbook}
          choice={{ course, industry, forms, locale: lang, dateStyle }}
        />
        <section aria-labelledby="coefficients-heading">
          <Subtitle2 as="h2" id="coefficients-heading" block>
            {t.coefficients}
          </Subtitle2>
          <Text block>{t.coefficientsHint}</Text>
          <div className={styles.row}>
            <Button appearance="primary" onClick={apply} disabled={status.kind === "busy"}>
              {t.apply}
            </Button>
            {status.kind === "busy" && <Spinner size="tiny" label={t.loading} />}
          </div>
          {status.kind === "done" && (
            <MessageBar intent={status.value.problems.length > 0 ? "warning" : "success"}>
              <MessageBarBody>
                {outcomeText(status.value, t)}
                {status.value.problems.map((p) => (
                  <div key={p}>{p}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {status.kind === "failed" && (
            <MessageBar intent="error">
              <MessageBarBody>{t.applyFailed(status.message)}</MessageBarBody>
            </MessageBar>
          )}
        </section>
        <section aria-labelledby="functions-heading">
          <Subtitle2 as="h2" id="functions-heading" block>
            {t.functions(functions.length)}
          </Subtitle2>
          <Text block size={200}>
            {t.functionsHint}
          </Text>
          <FunctionList functions={functions} />
        </section>
      </main>
    </LangProvider>
  );
}
