/**
 * The import from the accountant's books: choose files, see what they give beside what the
 * workbook holds, choose a line for each account the mapping does not know, then apply; the
 * workbook is not touched before. After applying, one click puts the previous values back.
 */
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
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ImportFile } from "../accounting/importFiles";
import type { SourceLine } from "../accounting/mapping";
import type { AddedAssignment, ImportPreview, ImportUndo } from "../usecases/importBooks";
import type { WorkbookChoice } from "../usecases/workbookChoice";
import { figureText, groupedDigits, sameFigure } from "../model/numberText";
import { useText } from "./i18n";
import { useTask } from "./useTask";

export interface ImportActions {
  /** reads the files against the workbook; writes nothing */
  preview(
    choice: WorkbookChoice,
    files: readonly ImportFile[],
    added: readonly AddedAssignment[]
  ): Promise<ImportPreview>;
  /** writes the preview's inputs and records; resolves with what an undo puts back */
  apply(choice: WorkbookChoice, preview: ImportPreview): Promise<ImportUndo>;
  undo(choice: WorkbookChoice, undo: ImportUndo): Promise<void>;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  amount: {
    textAlign: "right",
    whiteSpace: "nowrap",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  changed: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  section: { marginTop: tokens.spacingVerticalS },
});

const shown = (v: unknown) =>
  typeof v === "number"
    ? figureText(v)
    : v === null || v === undefined || v === ""
      ? "—"
      : typeof v === "object"
        ? ((v as { error?: string }).error ?? "—")
        : String(v);

/** An unassigned account of the preview, as the user's choices are kept by. */
const pickKey = (u: SourceLine) => `${u.file}:${u.line.row}`;

async function readFiles(list: FileList): Promise<ImportFile[]> {
  return Promise.all(
    Array.from(list).map(async (f) => ({
      name: f.name,
      bytes: new Uint8Array(await f.arrayBuffer()),
    }))
  );
}

/** Stage of the import the panel shows. */
type Stage =
  | { kind: "none" }
  | { kind: "preview"; preview: ImportPreview }
  | { kind: "applied"; undo: ImportUndo }
  | { kind: "undone" };

export function ImportPanel({
  actions,
  choice,
}: {
  actions: ImportActions;
  choice: WorkbookChoice;
}) {
  const styles = useStyles();
  const t = useText();
  const picker = React.useRef<HTMLInputElement>(null);
  const [files, setFiles] = React.useState<ImportFile[]>([]);
  // the line chosen for each unassigned account, by its index in the preview's choices
  const [picked, setPicked] = React.useState<Record<string, number>>({});
  const [task, runTask] = useTask<Stage>();
  const stage: Stage = task.kind === "done" ? task.value : { kind: "none" };
  const busy = task.kind === "busy";

  const previewWith = (chosen: ImportFile[], added: readonly AddedAssignment[]) =>
    runTask(async () => ({
      kind: "preview",
      preview: await actions.preview(choice, chosen, added),
    }));

  const onFiles = async (list: FileList | null) => {
    if (list === null || list.length === 0) return;
    const chosen = await readFiles(list);
    setFiles(chosen);
    setPicked({});
    await previewWith(chosen, []);
  };

  const reread = (preview: ImportPreview) => {
    const added = preview.unassigned.flatMap((u) => {
      const index = picked[pickKey(u)];
      const target = index === undefined ? undefined : preview.choices[index]?.target;
      return target === undefined
        ? []
        : [{ statement: u.line.statement, account: u.line.label, target }];
    });
    return previewWith(files, [...preview.added, ...added]);
  };

  return (
    <section aria-labelledby="import-heading">
      <Subtitle2 as="h2" id="import-heading" block>
        {t.importTitle}
      </Subtitle2>
      <Text block size={200}>
        {t.importHint(t.industryOption(choice.industry))}
      </Text>
      <div className={styles.row}>
        <input
          ref={picker}
          type="file"
          multiple
          accept=".csv,.txt,text/csv"
          hidden
          aria-label={t.chooseFiles}
          onChange={(e) => {
            void onFiles(e.target.files);
            e.target.value = ""; // the same file chosen again reads it again
          }}
        />
        <Button appearance="primary" disabled={busy} onClick={() => picker.current?.click()}>
          {t.chooseFiles}
        </Button>
        {busy && <Spinner size="tiny" label={t.reading} />}
      </div>
      {task.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.importFailed(task.message)}</MessageBarBody>
        </MessageBar>
      )}
      {stage.kind === "preview" && (
        <PreviewView
          preview={stage.preview}
          picked={picked}
          onPick={(key, index) => setPicked({ ...picked, [key]: index })}
          onReread={() => reread(stage.preview)}
          onApply={() =>
            runTask(async () => ({
              kind: "applied",
              undo: await actions.apply(choice, stage.preview),
            }))
          }
          onCancel={() => runTask(async () => ({ kind: "none" }))}
          busy={busy}
          styles={styles}
        />
      )}
      {stage.kind === "applied" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t.imported(Object.keys(stage.undo.previous).length)}
            <div className={styles.row}>
              <Button
                disabled={busy}
                onClick={() =>
                  runTask(async () => {
                    await actions.undo(choice, stage.undo);
                    return { kind: "undone" };
                  })
                }
              >
                {t.undoImport}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {stage.kind === "undone" && (
        <MessageBar intent="info">
          <MessageBarBody>{t.importUndone}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** A captioned table of three columns, amounts aligned right; the rows are its children. */
function FigureTable({
  caption,
  columns,
  amounts,
  styles,
  children,
}: {
  caption: string;
  columns: readonly string[];
  amounts: readonly boolean[];
  styles: ReturnType<typeof useStyles>;
  children: React.ReactNode;
}) {
  return (
    <table className={mergeClasses(styles.table, styles.section)} aria-label={caption}>
      <caption>
        <Text weight="semibold">{caption}</Text>
      </caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c} className={amounts[i] ? styles.amount : styles.cell}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function PreviewView({
  preview,
  picked,
  onPick,
  onReread,
  onApply,
  onCancel,
  busy,
  styles,
}: {
  preview: ImportPreview;
  picked: Record<string, number>;
  onPick: (key: string, index: number) => void;
  onReread: () => void;
  onApply: () => void;
  onCancel: () => void;
  busy: boolean;
  styles: ReturnType<typeof useStyles>;
}) {
  const t = useText();
  const { result, inputs, unassigned, problems } = preview;
  const changed = inputs.filter((i) => !sameFigure(i.current, i.value)).length;
  return (
    <div>
      <Text block weight="semibold" className={styles.section}>
        {t.filesRead}
      </Text>
      <ul className={styles.list}>
        {result.files.map((f) => (
          <li key={f.file}>{`${f.file}：${f.layout ?? f.kind}（${f.encoding}）`}</li>
        ))}
      </ul>
      {result.books !== undefined && result.books.totals.length > 0 && (
        <FigureTable
          caption={t.totalsTitle}
          columns={[t.totalColumn, t.printedColumn, t.resultColumn]}
          amounts={[false, true, false]}
          styles={styles}
        >
          {result.books.totals.map((total) => (
            <tr key={`${total.total}:${total.source.file}:${total.source.line.row}`}>
              <td className={styles.cell}>{total.label}</td>
              <td className={styles.amount}>{groupedDigits(total.printed)}</td>
              <td className={styles.cell}>{total.agrees ? t.agrees : t.differs}</td>
            </tr>
          ))}
        </FigureTable>
      )}
      {unassigned.length > 0 && (
        <div className={styles.section}>
          <Text block weight="semibold">
            {t.unassignedTitle(unassigned.length)}
          </Text>
          {unassigned.map((u) => {
            const key = pickKey(u);
            return (
              <Field key={key} label={`${u.line.label}（${u.file} ${u.line.row}行目）`}>
                <Select
                  value={picked[key] === undefined ? "" : String(picked[key])}
                  onChange={(_, d) => onPick(key, Number(d.value))}
                >
                  <option value="" disabled>
                    {t.chooseLine}
                  </option>
                  {preview.choices.map((c, i) => (
                    <option key={c.text} value={String(i)}>
                      {c.text}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
          <Button
            className={styles.section}
            disabled={busy || unassigned.some((u) => picked[pickKey(u)] === undefined)}
            onClick={onReread}
          >
            {t.reread}
          </Button>
        </div>
      )}
      {problems.length > 0 && (
        <MessageBar intent="warning" className={styles.section}>
          <MessageBarBody>
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {unassigned.length === 0 && (
        <FigureTable
          caption={t.inputsTitle(inputs.length, changed)}
          columns={[t.inputColumn, t.currentColumn, t.importedColumn]}
          amounts={[false, true, true]}
          styles={styles}
        >
          {inputs.map((i) => (
            <tr key={i.name} title={i.origin}>
              <td className={styles.cell}>{i.label}</td>
              <td className={styles.amount}>{shown(i.current)}</td>
              <td
                className={mergeClasses(
                  styles.amount,
                  !sameFigure(i.current, i.value) && styles.changed
                )}
              >
                {shown(i.value)}
              </td>
            </tr>
          ))}
        </FigureTable>
      )}
      {preview.mappingSheetNew && (
        <Text block size={200} className={styles.section}>
          {t.mappingSheetNew}
        </Text>
      )}
      <div className={mergeClasses(styles.row, styles.section)}>
        <Button appearance="primary" disabled={busy || !preview.ready} onClick={onApply}>
          {t.applyImport}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t.cancelImport}
        </Button>
      </div>
    </div>
  );
}
