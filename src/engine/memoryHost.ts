/**
 * The in-memory workbook as a WorkbookHost: the preview page and tests run the use cases on it
 * exactly as the pane runs them on Excel.
 */
import type { CellValue, SheetDef, WorkbookDef } from "../sheets/types";
import type { CourseRead, WorkbookHost } from "./host";
import { MemoryWorkbook } from "./memory";
import { NameMap } from "./names";
import type { BuildReport } from "./plan";
import { type Layout, shapeOf, layoutOf, NO_SHAPE } from "./snapshot";

export class MemoryHost implements WorkbookHost {
  selection: { sheet: string; ref: string } | null = null;

  constructor(
    readonly memory: MemoryWorkbook = new MemoryWorkbook(),
    /** where a finished file goes (a browser download in the preview) */
    private readonly onDeliver: (bytes: Uint8Array, fileName: string) => void = () => undefined
  ) {}

  async read(layout: WorkbookDef | Layout): Promise<CourseRead> {
    const def = this.laidOut(layout);
    const missing = def.sheets.filter((s) => !this.memory.sheets.has(s.name)).map((s) => s.name);
    return {
      def,
      memory: this.memory,
      missing,
      reads: 0,
      definedNames: new Set(this.memory.names.keys()),
    };
  }

  async build(layout: WorkbookDef | Layout): Promise<BuildReport> {
    return this.memory.build(this.laidOut(layout), layoutOf(layout).elsewhere);
  }

  private laidOut(layout: WorkbookDef | Layout): WorkbookDef {
    const of = layoutOf(layout);
    const names = new NameMap<string>();
    for (const [name, place] of this.memory.names)
      names.set(name, `='${place.sheet.replace(/'/g, "''")}'!${place.ref}`);
    return of(shapeOf(of(NO_SHAPE), names));
  }

  async fill(values: Readonly<Record<string, CellValue | null>>): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      const place = this.memory.names.get(name);
      if (place === undefined) throw new Error(`名前「${name}」がブックにありません。`);
      this.memory.typeIn(place.sheet, place.ref, value);
    }
  }

  async replaceSheet(def: SheetDef): Promise<void> {
    this.memory.sheets.delete(def.name);
    // the old sheet's names go with it (Excel would leave them pointing at #REF!)
    for (const [name, place] of [...this.memory.names])
      if (place.sheet === def.name) this.memory.names.delete(name);
    this.memory.build({ sheets: [def] });
  }

  async select(sheet: string, ref: string): Promise<void> {
    this.selection = { sheet, ref };
  }

  async deliver(bytes: Uint8Array, fileName: string): Promise<void> {
    this.onDeliver(bytes, fileName);
  }
}
