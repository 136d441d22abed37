/**
 * The task pane: one tab per task (build the sheets and the lender copy, check, compare hazards,
 * coefficients and the function reference), over the course the user chose.
 */
import * as React from "react";
import type { DateStyle } from "../forms/spec";
import { Button, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionDef } from "../functions/catalogue";
import type { ApplyOutcome } from "./CoefficientsPanel";
import type { ImportActions } from "./ImportPanel";
import { PaneTabs } from "./PaneTabs";
import { type Lang, LangProvider, textFor } from "./i18n";
import type { Industry } from "../model/industries";
import type { Course } from "../sheets/courseList";
import type { ScenarioActions } from "./ScenarioPanel";
import { type WorkbookActions, WorkbookPanel } from "./WorkbookPanel";

export type { ApplyOutcome };

export interface AppProps {
  functions: readonly FunctionDef[];
  workbook: WorkbookActions;
  scenarios: ScenarioActions;
  imports: ImportActions;
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
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The pane's tabs, one task each. */
const PANE_TABS = ["workbook", "import", "check", "compare", "coefficients"] as const;

// a tab's panel other than the first loads when the tab first opens, not with the pane
const ImportPanel = React.lazy(async () => ({
  default: (await import("./ImportPanel")).ImportPanel,
}));
const ValidationPanel = React.lazy(async () => ({
  default: (await import("./ValidationPanel")).ValidationPanel,
}));
const ScenarioPanel = React.lazy(async () => ({
  default: (await import("./ScenarioPanel")).ScenarioPanel,
}));
const CoefficientsPanel = React.lazy(async () => ({
  default: (await import("./CoefficientsPanel")).CoefficientsPanel,
}));
const FunctionsPanel = React.lazy(async () => ({
  default: (await import("./FunctionsPanel")).FunctionsPanel,
}));
type PaneTab = (typeof PANE_TABS)[number];

/** A tab whose panel loads on first opening: a spinner until its code has arrived. */
function LaterTab({
  hidden,
  loading,
  className,
  children,
}: {
  hidden: boolean;
  loading: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div hidden={hidden} className={className}>
      <React.Suspense fallback={<Spinner size="tiny" label={loading} />}>{children}</React.Suspense>
    </div>
  );
}

export function App({ functions, workbook, scenarios, imports, applyCoefficients }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>("ja");
  const t = textFor(lang);
  const [course, setCourse] = React.useState<Course>("中級");
  const [industry, setIndustry] = React.useState<Industry>("製造業");
  const [forms, setForms] = React.useState<string[]>([]);
  const [dateStyle, setDateStyle] = React.useState<DateStyle>("和暦");
  const [tableRows, setTableRows] = React.useState<number | undefined>(undefined);
  const [repeats, setRepeats] = React.useState<Readonly<Record<string, number>>>({});
  const choice = {
    course,
    industry,
    forms,
    locale: lang,
    dateStyle,
    ...(tableRows !== undefined ? { tableRows } : {}),
    repeats,
    setCourse,
    setIndustry,
    setForms,
    setDateStyle,
    setTableRows,
    setRepeats,
  };
  const [tab, setTab] = React.useState<PaneTab>("workbook");
  const [opened, setOpened] = React.useState<ReadonlySet<PaneTab>>(new Set(["workbook"]));
  const open = (next: PaneTab) => {
    setTab(next);
    setOpened((before) => new Set([...before, next]));
  };

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
        <PaneTabs
          tabs={PANE_TABS.map((key) => ({ key, label: t.tabs[key] }))}
          selected={tab}
          onSelect={open}
          label={t.tabsLabel}
        />
        {/* a tab renders when first opened and then stays, keeping what it showed */}
        {opened.has("workbook") && (
          <div hidden={tab !== "workbook"}>
            <WorkbookPanel actions={workbook} choice={choice} />
          </div>
        )}
        {opened.has("import") && (
          <LaterTab hidden={tab !== "import"} loading={t.loading}>
            <ImportPanel
              actions={imports}
              choice={{ course, industry, forms, locale: lang, dateStyle, repeats }}
            />
          </LaterTab>
        )}
        {opened.has("check") && (
          <LaterTab hidden={tab !== "check"} loading={t.loading}>
            <ValidationPanel
              actions={workbook}
              choice={{ course, industry, forms, locale: lang, dateStyle, repeats }}
            />
          </LaterTab>
        )}
        {opened.has("compare") && (
          <LaterTab hidden={tab !== "compare"} loading={t.loading}>
            <ScenarioPanel actions={scenarios} course={course} industry={industry} />
          </LaterTab>
        )}
        {opened.has("coefficients") && (
          <LaterTab hidden={tab !== "coefficients"} loading={t.loading} className={styles.column}>
            <CoefficientsPanel apply={applyCoefficients} />
            <FunctionsPanel functions={functions} />
          </LaterTab>
        )}
      </main>
    </LangProvider>
  );
}
