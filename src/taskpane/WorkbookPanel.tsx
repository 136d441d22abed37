/** Build the 財務診断モデル of a course and industry in the open workbook, and make the lender copy. */
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
import { INDUSTRIES, type Industry } from "../model/directCosting";
import { COURSES, type Course } from "../sheets/course";
import type { ValidationResult } from "../validation/rules";
import type { BuildReport } from "../workbook/plan";

export interface WorkbookActions {
  buildCourse(course: Course, industry: Industry): Promise<BuildReport>;
  createLenderCopy(course: Course, industry: Industry): Promise<{ sheets: string[] }>;
  /** checks the course's sheets and writes the 検証結果 sheet */
  validate(course: Course, industry: Industry): Promise<ValidationResult>;
  /** takes the user to a cell */
  select(sheet: string, ref: string): Promise<void>;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  fields: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

type Outcome =
  | { kind: "idle" }
  | { kind: "busy"; what: string }
  | { kind: "built"; report: BuildReport }
  | { kind: "copied"; sheets: string[] }
  | { kind: "failed"; message: string };

export function reportLines(report: BuildReport): string[] {
  const lines: string[] = [];
  if (report.created.length > 0) lines.push(`作成したシート：${report.created.join("、")}`);
  if (report.updated.length > 0) lines.push(`更新したシート：${report.updated.length}枚（入力済みの ${report.keptInputs} セルはそのまま）`);
  for (const s of report.renamed) lines.push(`「${s.sheet}」は「${s.now}」に名前が変わっているため、作り直していません。`);
  for (const s of report.skipped) {
    lines.push(`「${s.sheet}」は入力欄以外が変更されているため、上書きしていません（${s.cells.slice(0, 5).join("、")}${s.cells.length > 5 ? " ほか" : ""}）。`);
  }
  return lines;
}

export interface CourseChoice {
  course: Course;
  industry: Industry;
  setCourse(course: Course): void;
  setIndustry(industry: Industry): void;
}

export function WorkbookPanel({ actions, choice }: { actions: WorkbookActions; choice: CourseChoice }) {
  const styles = useStyles();
  const { course, industry, setCourse, setIndustry } = choice;
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: "idle" });

  const run = async (what: string, action: () => Promise<Outcome>) => {
    setOutcome({ kind: "busy", what });
    try {
      setOutcome(await action());
    } catch (e) {
      setOutcome({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section aria-labelledby="workbook-heading">
      <Subtitle2 as="h2" id="workbook-heading" block>
        財務診断モデル
      </Subtitle2>
      <div className={styles.fields}>
        <Field label="コース">
          <Select value={course} onChange={(_, d) => setCourse(d.value as Course)}>
            {COURSES.map((c) => (
              <option key={c} value={c}>
                {c}コース
              </option>
            ))}
          </Select>
        </Field>
        <Field label="業種">
          <Select value={industry} onChange={(_, d) => setIndustry(d.value as Industry)}>
            {INDUSTRIES.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text block size={200}>
        シートを作ります。作成済みなら不足分を足し、入力した値はそのまま残します。
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={outcome.kind === "busy"}
          onClick={() => run("作成中", async () => ({ kind: "built", report: await actions.buildCourse(course, industry) }))}
        >
          シートを作成
        </Button>
        <Button
          disabled={outcome.kind === "busy"}
          onClick={() => run("コピーを作成中", async () => ({ kind: "copied", sheets: (await actions.createLenderCopy(course, industry)).sheets }))}
        >
          金融機関提出用コピー
        </Button>
        {outcome.kind === "busy" && <Spinner size="tiny" label={outcome.what} />}
      </div>
      {outcome.kind === "built" && (
        <MessageBar intent={outcome.report.skipped.length + outcome.report.renamed.length > 0 ? "warning" : "success"}>
          <MessageBarBody>
            {reportLines(outcome.report).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === "copied" && (
        <MessageBar intent="success">
          <MessageBarBody>
            新しいブックに金融機関提出用コピーを作りました（{outcome.sheets.length}シート、先頭は{outcome.sheets[0]}）。元のブックは変更していません。保存してから金融機関に渡してください。
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>できませんでした：{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
