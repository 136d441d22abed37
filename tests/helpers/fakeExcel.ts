/**
 * A small hand-written fake of the Excel API surface the adapters use, counting the round trips
 * (context.sync) a piece of code makes. Loading is checked: reading a property that was not
 * loaded before the last sync throws, as Office.js does.
 */
export type CellValue = string | number | boolean;

interface FakeName {
  name: string;
  type: "Range" | "String" | "Error";
  values: CellValue[][];
  address: string;
}

class Loadable {
  protected loaded = false;
  protected pending = false;

  load(): this {
    this.pending = true;
    return this;
  }

  settle(): void {
    if (this.pending) this.loaded = true;
  }

  protected check(what: string): void {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${what}`);
  }
}

class FakeRange extends Loadable {
  constructor(private readonly source: FakeName) {
    super();
  }

  get values(): CellValue[][] {
    this.check("values");
    return this.source.values;
  }

  get address(): string {
    this.check("address");
    return this.source.address;
  }
}

class FakeNamedItem {
  constructor(
    private readonly source: FakeName,
    private readonly ctx: FakeContext
  ) {}

  get name(): string {
    return this.source.name;
  }

  get type(): string {
    return this.source.type;
  }

  getRange(): FakeRange {
    return this.ctx.track(new FakeRange(this.source));
  }
}

class FakeNames extends Loadable {
  constructor(
    private readonly source: FakeName[],
    private readonly ctx: FakeContext
  ) {
    super();
  }

  get items(): FakeNamedItem[] {
    this.check("items");
    return this.source.map((n) => new FakeNamedItem(n, this.ctx));
  }
}

export class FakeContext {
  syncCount = 0;
  recalculated: string | null = null;
  private readonly tracked: Loadable[] = [];
  readonly workbook: { names: FakeNames; application: { calculate: (type: string) => void } };

  constructor(names: FakeName[]) {
    this.workbook = {
      names: this.track(new FakeNames(names, this)),
      application: { calculate: (type: string) => (this.recalculated = type) },
    };
  }

  track<T extends Loadable>(item: T): T {
    this.tracked.push(item);
    return item;
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    for (const item of this.tracked) item.settle();
  }
}

export function namedValue(name: string, value: CellValue, address = "'係数'!$C$2"): FakeName {
  return { name, type: "Range", values: [[value]], address };
}
