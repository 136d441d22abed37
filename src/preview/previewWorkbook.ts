/**
 * The preview's workbook: the pane's actions carried out on the in-memory workbook instead of
 * Excel, so the product can be seen and tested in a browser without Office.
 */
import exampleScenario from "../../examples/scenario-manufacturing.json";
import type { WorkbookHost } from "../engine/host";
import { MemoryHost } from "../engine/memoryHost";
import type { MemoryWorkbook } from "../engine/memory";
import { changedCoefficients } from "../model/parameters";
import type { ScenarioInput } from "../model/scenario";
import type { WorkbookDef } from "../sheets/types";
import type { ApplyOutcome } from "../taskpane/App";
import {
  type HostRunner,
  importActions,
  scenarioActions,
  workbookActions,
} from "../taskpane/hostActions";
import type { ImportActions } from "../taskpane/ImportPanel";
import type { ScenarioActions } from "../taskpane/ScenarioPanel";
import type { WorkbookActions } from "../taskpane/WorkbookPanel";
import { inputsFor, scenarioInputs } from "../usecases/scenarioInputs";

export const EXAMPLE = exampleScenario as unknown as ScenarioInput;

export class PreviewWorkbook {
  private readonly host: MemoryHost;
  /** the definition last built, which the example company's figures are typed into */
  private built: WorkbookDef = { sheets: [] };
  private readonly listeners = new Set<() => void>();
  readonly workbook: WorkbookActions;
  readonly scenarios: ScenarioActions;
  readonly imports: ImportActions;

  /** deliver: where a finished lender copy goes (the browser download in the page) */
  constructor(deliver: (bytes: Uint8Array, fileName: string) => void = () => undefined) {
    this.host = new MemoryHost(undefined, deliver);
    const observed: WorkbookHost = {
      read: (def) => this.host.read(def),
      build: async (layout) => {
        this.built = (await this.host.read(layout)).def;
        return this.host.build(layout);
      },
      fill: (values) => this.host.fill(values),
      replaceSheet: (def) => this.host.replaceSheet(def),
      select: (sheet, ref) => this.host.select(sheet, ref),
      deliver: (bytes, name) => this.host.deliver(bytes, name),
    };
    const run: HostRunner = async (work) => {
      const result = await work(observed);
      this.changed();
      return result;
    };
    this.workbook = workbookActions(run);
    this.scenarios = scenarioActions(run);
    this.imports = importActions(run);
  }

  get memory(): MemoryWorkbook {
    return this.host.memory;
  }

  get selection(): { sheet: string; ref: string } | null {
    return this.host.selection;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  /** Types the example company's figures into the built course. */
  fillExample(): number {
    const typed = this.memory.fill(inputsFor(this.built, scenarioInputs(EXAMPLE)));
    this.changed();
    return typed;
  }

  applyCoefficients = async (): Promise<ApplyOutcome> => ({
    overridden: changedCoefficients(this.memory.parameters()).length,
    problems: [],
  });
}
