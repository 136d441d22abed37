/**
 * The preview's workbook: the pane's actions carried out on the in-memory workbook instead of
 * Excel, so the product can be seen and tested in a browser without Office.
 */
import exampleScenario from "../../examples/scenario-manufacturing.json";
import { changedCoefficients } from "../model/parameters";
import type { ScenarioInput } from "../model/scenario";
import { type WorkbookChoice, inputsFor, workbookDefinition } from "../usecases/workbookChoice";
import type { WorkbookDef } from "../sheets/types";
import { VALIDATION_SHEET, validationSheet } from "../validation/sheet";
import type { ApplyOutcome } from "../taskpane/App";
import type { ScenarioActions } from "../taskpane/ScenarioPanel";
import type { WorkbookActions } from "../taskpane/WorkbookPanel";
import { validateWorkbook } from "../validation/rules";
import { exportDefinition } from "../usecases/export";
import { headlineFor } from "../usecases/readBack";
import { MemoryWorkbook } from "../engine/memory";
import { scenarioInputs } from "../usecases/scenarioInputs";

export const EXAMPLE = exampleScenario as unknown as ScenarioInput;

const today = () => new Date().toISOString().slice(0, 10);

export class PreviewWorkbook {
  readonly memory = new MemoryWorkbook();
  def: WorkbookDef = { sheets: [] };
  selection: { sheet: string; ref: string } | null = null;
  private readonly listeners = new Set<() => void>();
  /** where a finished lender copy goes (the browser download in the page) */
  deliver: (bytes: Uint8Array, fileName: string) => void = () => undefined;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private course(choice: WorkbookChoice): WorkbookDef {
    this.def = workbookDefinition(choice);
    return this.def;
  }

  /** Types the example company's figures into the built course. */
  fillExample(): number {
    const typed = this.memory.fill(inputsFor(this.def, scenarioInputs(EXAMPLE)));
    this.changed();
    return typed;
  }

  readonly workbook: WorkbookActions = {
    buildCourse: async (choice) => {
      const report = this.memory.build(this.course(choice));
      this.changed();
      return report;
    },
    createLenderCopy: async (choice) => {
      const def = this.course(choice);
      const { def: copy } = exportDefinition(def, this.memory, {
        course: choice.course,
        courseLabel: `${choice.course}コース・${choice.industry}`,
        today: today(),
        lender: true,
      });
      const { writeXlsxBytes } = await import("../file/xlsx");
      this.deliver(await writeXlsxBytes(copy), `金融機関提出用_${today()}.xlsx`);
      return { sheets: copy.sheets.map((s) => s.name) };
    },
    validate: async (choice) => {
      const def = this.course(choice);
      const present: WorkbookDef = {
        sheets: def.sheets.filter((s) => this.memory.sheets.has(s.name)),
      };
      const result = validateWorkbook(present, this.memory, today());
      this.memory.sheets.delete(VALIDATION_SHEET);
      this.memory.build({ sheets: [validationSheet(result)] });
      this.changed();
      return result;
    },
    select: async (sheet, ref) => {
      this.selection = { sheet, ref };
      this.changed();
    },
  };

  readonly scenarios: ScenarioActions = {
    compare: async (_course, _industry, hazards) => hazards.map((h) => headlineFor(this.memory, h)),
  };

  applyCoefficients = async (): Promise<ApplyOutcome> => ({
    overridden: changedCoefficients(this.memory.parameters()).length,
    problems: [],
  });
}
