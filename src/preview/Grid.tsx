/** A read-only view of the in-memory workbook's sheets, the way Excel would show their values. */
import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter, parseA1 } from "../sheets/address";
import { formatDateSerial } from "../sheets/dates";
import type { NumberFormatKey } from "../sheets/types";
import { isError } from "../engine/formula/evaluate";
import type { PreviewWorkbook } from "./previewWorkbook";

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    maxHeight: "calc(100vh - 120px)",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    padding: "0 4px",
    fontWeight: "normal",
  },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "1px 4px", minWidth: "48px" },
  input: { backgroundColor: "#FFF2CC" },
  number: { textAlign: "right" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  // a workbook with the 様式 has some forty sheets: the tabs scroll instead of widening the page
  root: { minWidth: 0 },
  tabs: { overflowX: "auto", maxWidth: "100%" },
});

export function displayValue(value: unknown, format: NumberFormatKey | undefined): string {
  if (value === null || value === undefined) return "";
  if (isError(value)) return value.error;
  if (typeof value === "number") {
    if (format === "dateWareki" || format === "dateSeireki" || format === "dateIso")
      return formatDateSerial(value, format);
    if (format === "percent") return `${(value * 100).toFixed(1)}%`;
    if (format === "decimal" || format === "integer")
      return String(Math.round(value * 1000) / 1000);
    const text = Math.round(Math.abs(value)).toLocaleString("ja-JP");
    const signed = value < 0 ? `△${text}` : text;
    return format === "days" ? `${signed}日` : signed;
  }
  return String(value);
}

export function Grid({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const [, refresh] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => workbook.subscribe(refresh), [workbook]);
  const names = [...workbook.memory.sheets.keys()];
  const [chosen, setChosen] = React.useState<string | null>(null);
  const selectedSheet = workbook.selection?.sheet;
  const [followed, setFollowed] = React.useState<string | undefined>(undefined);
  if (selectedSheet !== followed) {
    setFollowed(selectedSheet);
    if (selectedSheet !== undefined) setChosen(selectedSheet);
  }
  const sheet = chosen !== null && names.includes(chosen) ? chosen : names[0];
  const selection = workbook.selection;
  const selected = selection !== null && selection.sheet === sheet ? selection.ref : null;
  const table = React.useRef<HTMLTableElement>(null);
  // hooks stay above the early return below
  React.useEffect(() => {
    if (selected !== null)
      table.current
        ?.querySelector(`td[data-ref="${selected}"]`)
        ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, sheet]);
  if (sheet === undefined)
    return <p>シートはまだありません。左の［シートを作成］を押してください。</p>;
  const cells = workbook.memory.sheets.get(sheet) ?? new Map();
  let maxRow = 1;
  let maxCol = 0;
  for (const ref of cells.keys()) {
    const p = parseA1(ref);
    maxRow = Math.max(maxRow, p.row);
    maxCol = Math.max(maxCol, p.column);
  }
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        selectedValue={sheet}
        onTabSelect={(_, d) => setChosen(String(d.value))}
        size="small"
      >
        {names.map((n) => (
          <Tab key={n} value={n}>
            {n}
          </Tab>
        ))}
      </TabList>
      <div className={styles.wrap}>
        <table ref={table} className={styles.table} aria-label={`シート ${sheet}`}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: maxCol + 1 }, (_, c) => (
                <th key={c} className={styles.head}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: maxRow }, (_, r) => (
              <tr key={r}>
                <th className={styles.head}>{r + 1}</th>
                {Array.from({ length: maxCol + 1 }, (_, c) => {
                  const ref = `${columnLetter(c)}${r + 1}`;
                  const cell = cells.get(ref);
                  const value = cell === undefined ? null : workbook.memory.value(sheet, ref);
                  const classes = [styles.cell];
                  if (cell?.def?.role === "input") classes.push(styles.input);
                  if (typeof value === "number") classes.push(styles.number);
                  if (ref === selected) classes.push(styles.selected);
                  return (
                    <td key={c} className={classes.join(" ")} data-ref={ref}>
                      {displayValue(value, cell?.def?.format)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
