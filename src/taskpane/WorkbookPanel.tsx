/** Build the 財務診断モデル of a course and industry in the open workbook, and make the lender copy. */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { INDUSTRIES, type Industry } from "../model/industries";
import { COURSES, type Course } from "../sheets/courseList";
import type { WorkbookChoice } from "../usecases/workbookChoice";
import { COPIES_MAX, type DateStyle, REPEATABLE, TABLE_ROWS_MAX } from "../forms/spec";
import type { ValidationResult } from "../validation/rules";
import { type PaneText, textFor, useText } from "./i18n";
import { useTask } from "./useTask";
import { useChoiceStyles } from "./choiceStyles";
import type { BuildReport } from "../engine/plan";

export interface WorkbookActions {
  buildCourse(choice: WorkbookChoice): Promise<BuildReport>;
  createLenderCopy(choice: WorkbookChoice): Promise<{ sheets: string[] }>;
  /** the BCP as a document to print and file: values only, no input colours or 検証結果 */
  createPrintCopy(choice: WorkbookChoice): Promise<{ sheets: string[] }>;
  /** checks the course's sheets and writes the 検証結果 sheet */
  validate(choice: WorkbookChoice): Promise<ValidationResult>;
  /** takes the user to a cell */
  select(sheet: string, ref: string): Promise<void>;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  group: { display: "flex", flexDirection: "column" },
});

/** What the last action produced. */
type Done =
  | { kind: "built"; report: BuildReport }
  | { kind: "copied"; sheets: string[] }
  | { kind: "printed"; sheets: string[] };

export function reportLines(report: BuildReport, t: PaneText = textFor("ja")): string[] {
  const lines: string[] = [];
  if (report.created.length > 0) lines.push(t.created(report.created.join("、")));
  if (report.updated.length > 0) lines.push(t.updated(report.updated.length, report.keptInputs));
  for (const s of report.renamed) lines.push(t.renamed(s.sheet, s.now));
  if (report.carried?.length) lines.push(t.carried(report.carried.join("、")));
  if (report.reentered) lines.push(t.reentered(report.reentered));
  for (const c of report.nameConflicts ?? []) lines.push(t.nameConflict(c.name, c.existing));
  for (const d of report.dropped ?? []) lines.push(t.dropped(d.cell, String(d.value), d.keptIn));
  for (const s of report.skipped)
    lines.push(
      t.edited(s.sheet, `${s.cells.slice(0, 5).join("、")}${s.cells.length > 5 ? " …" : ""}`)
    );
  return lines;
}

export interface CourseChoice extends WorkbookChoice {
  setCourse(course: Course): void;
  setIndustry(industry: Industry): void;
  setForms(forms: string[]): void;
  setDateStyle(style: DateStyle): void;
  setTableRows(rows: number | undefined): void;
  setRepeats(repeats: Readonly<Record<string, number>>): void;
}

/** What the pane offers: the 様式 as sets (group names the build expands), and each checklist. */
const FORM_CHOICES = ["様式", "入門", "取組状況", "自己診断"] as const;

export function WorkbookPanel({
  actions,
  choice,
}: {
  actions: WorkbookActions;
  choice: CourseChoice;
}) {
  const styles = useStyles();
  const choices = useChoiceStyles();
  const {
    course,
    industry,
    forms,
    locale,
    dateStyle,
    tableRows,
    setCourse,
    setIndustry,
    setForms,
    setDateStyle,
    setTableRows,
    repeats,
    setRepeats,
  } = choice;
  const picked = {
    course,
    industry,
    forms,
    locale,
    dateStyle,
    ...(tableRows ? { tableRows } : {}),
    ...(repeats !== undefined && Object.keys(repeats).length > 0 ? { repeats } : {}),
  };
  const [rowsText, setRowsText] = React.useState(tableRows === undefined ? "" : String(tableRows));
  const rowsValid =
    rowsText === "" ||
    (/^\d+$/.test(rowsText.trim()) && Number(rowsText) >= 1 && Number(rowsText) <= TABLE_ROWS_MAX);
  const t = useText();
  const [task, runTask] = useTask<Done>();
  const [busyLabel, setBusyLabel] = React.useState("");
  const run = (label: string, action: () => Promise<Done>) => {
    setBusyLabel(label);
    return runTask(action);
  };
  const outcome = task.kind === "done" ? task.value : task;

  return (
    <section aria-labelledby="workbook-heading">
      <Subtitle2 as="h2" id="workbook-heading" block>
        {t.model}
      </Subtitle2>
      <div className={choices.fields}>
        <Field className={choices.choice} label={t.course}>
          <Select
            className={choices.choice}
            value={course}
            onChange={(_, d) => setCourse(d.value as Course)}
          >
            {COURSES.map((c) => (
              <option key={c} value={c}>
                {t.courseOption(c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={choices.choice} label={t.industry}>
          <Select
            className={choices.choice}
            value={industry}
            onChange={(_, d) => setIndustry(d.value as Industry)}
          >
            {INDUSTRIES.map((i) => (
              <option key={i} value={i}>
                {t.industryOption(i)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div role="group" aria-labelledby="forms-label" className={styles.group}>
        <Text id="forms-label" weight="semibold">
          {t.forms}
        </Text>
        {FORM_CHOICES.map((key) => (
          <Checkbox
            key={key}
            label={t.formGroups[key]}
            checked={forms.includes(key)}
            onChange={(_, d) =>
              setForms(d.checked ? [...forms, key] : forms.filter((f) => f !== key))
            }
          />
        ))}
      </div>
      {forms.includes("様式") && (
        <div role="group" aria-labelledby="repeats-label" className={styles.group}>
          <Text id="repeats-label" weight="semibold">
            {t.repeatsTitle}
          </Text>
          <div className={choices.fields}>
            {REPEATABLE.map((no) => (
              <Field key={no} className={choices.choice} label={t.repeatLabel(no)}>
                <Input
                  type="number"
                  min={1}
                  max={COPIES_MAX}
                  value={String(repeats?.[no] ?? 1)}
                  onChange={(_, d) => {
                    const n = Number(d.value);
                    if (Number.isInteger(n) && n >= 1 && n <= COPIES_MAX)
                      setRepeats({ ...repeats, [no]: n });
                  }}
                />
              </Field>
            ))}
          </div>
        </div>
      )}
      <Field label={t.dateStyle}>
        <Select value={dateStyle ?? "和暦"} onChange={(_, d) => setDateStyle(d.value as DateStyle)}>
          {(["和暦", "西暦"] as const).map((style) => (
            <option key={style} value={style}>
              {t.dateStyles[style]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t.tableRows}
        hint={t.tableRowsHint(TABLE_ROWS_MAX)}
        validationState={rowsValid ? "none" : "error"}
        validationMessage={rowsValid ? undefined : t.tableRowsInvalid(TABLE_ROWS_MAX)}
      >
        <Input
          type="number"
          min={1}
          max={TABLE_ROWS_MAX}
          value={rowsText}
          onChange={(_, d) => {
            setRowsText(d.value);
            const n = Number(d.value);
            setTableRows(
              d.value.trim() !== "" && Number.isInteger(n) && n >= 1 && n <= TABLE_ROWS_MAX
                ? n
                : undefined
            );
          }}
        />
      </Field>
      <Text block size={200}>
        {t.buildHint}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={task.kind === "busy" || !rowsValid}
          onClick={() =>
            run(t.building, async () => ({
              kind: "built",
              report: await actions.buildCourse(picked),
            }))
          }
        >
          {t.build}
        </Button>
        <Button
          disabled={task.kind === "busy" || !rowsValid}
          onClick={() =>
            run(t.copying, async () => ({
              kind: "copied",
              sheets: (await actions.createLenderCopy(picked)).sheets,
            }))
          }
        >
          {t.lenderCopy}
        </Button>
        <Button
          disabled={task.kind === "busy" || !rowsValid}
          onClick={() =>
            run(t.copying, async () => ({
              kind: "printed",
              sheets: (await actions.createPrintCopy(picked)).sheets,
            }))
          }
        >
          {t.printCopy}
        </Button>
        {task.kind === "busy" && <Spinner size="tiny" label={busyLabel} />}
      </div>
      {outcome.kind === "built" && (
        <MessageBar
          intent={
            outcome.report.skipped.length + outcome.report.renamed.length > 0
              ? "warning"
              : "success"
          }
        >
          <MessageBarBody>
            {reportLines(outcome.report, t).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === "copied" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t.copied(outcome.sheets.length, outcome.sheets[0] ?? "")}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === "printed" && (
        <MessageBar intent="success">
          <MessageBarBody>{t.printed(outcome.sheets.length)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {busyLabel === t.building ? t.buildFailed(outcome.message) : t.failed(outcome.message)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
