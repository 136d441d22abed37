/**
 * The in-memory workbook as a WorkbookHost: the preview page and tests run the use cases on it
 * exactly as the pane runs them on Excel.
 */
import type { SheetDef, WorkbookDef } from "../sheets/types";
import type { CourseRead, WorkbookHost } from "./host";
import { MemoryWorkbook } from "./memory";
import type { BuildReport } from "./plan";

export class MemoryHost implements WorkbookHost {
  selection: { sheet: string; ref: string } | null = null;

  constructor(
    readonly memory: MemoryWorkbook = new MemoryWorkbook(),
    /** where a finished file goes (a browser download in the preview) */
    private readonly onDeliver: (bytes: Uint8Array, fileName: string) => void = () => undefined
  ) {}

  async read(def: WorkbookDef): Promise<CourseRead> {
    const missing = def.sheets.filter((s) => !this.memory.sheets.has(s.name)).map((s) => s.name);
    return { memory: this.memory, missing, reads: 0 };
  }

  async build(def: WorkbookDef): Promise<BuildReport> {
    return this.memory.build(def);
  }

  async replaceSheet(def: SheetDef): Promise<void> {
    this.memory.sheets.delete(def.name);
    this.memory.build({ sheets: [def] });
  }

  async select(sheet: string, ref: string): Promise<void> {
    this.selection = { sheet, ref };
  }

  async deliver(bytes: Uint8Array, fileName: string): Promise<void> {
    this.onDeliver(bytes, fileName);
  }
}
