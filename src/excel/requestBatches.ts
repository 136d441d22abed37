/**
 * A large build split into requests of bounded size. Excel on the web refuses a request body over
 * 5 MB and fails the whole batch, and Excel desktop can hang on very large batches (office-js
 * #1046), so the writes go out whenever the queued actions reach about 800 KB by the
 * estimate below (the real serializer's sizes are checked in tests/excel/realOfficeJs.test.ts).
 * Each request starts with calculation and screen updating suspended until its sync.
 */
/* global Excel */
/** Queued bytes after which the batch is sent. */
export const REQUEST_BUDGET = 800 * 1024;

/**
 * Bytes of the request body one call adds, over its own payload: the object path of the range
 * or object, its instantiation and the action itself, as the library writes them.
 */
export const CALL_BYTES = 320;

export class RequestBatches {
  private queued = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET
  ) {
    this.begin();
  }

  private begin(): void {
    this.context.application.suspendApiCalculationUntilNextSync();
    this.context.application.suspendScreenUpdatingUntilNextSync();
    this.queued = 0;
  }

  /** Counts queued calls (and the JSON of their payload); sends the batch when it is full. */
  async add(payload: unknown = null, calls = 1): Promise<void> {
    this.queued +=
      CALL_BYTES * calls + (payload === null ? 0 : utf8Length(JSON.stringify(payload)));
    if (this.queued >= this.budget) {
      await this.send();
      this.begin();
    }
  }

  /** Sends what is queued. */
  async send(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }
}

/** UTF-8 length of text (Japanese takes three bytes a character). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}
