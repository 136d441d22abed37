/**
 * Workbook names as Excel keeps them: compared without regard to case (a name "sales" and a name
 * "Sales" are the same name), kept with the spelling they were defined with.
 */
export class NameMap<V> extends Map<string, V> {
  private readonly spelling = new Map<string, string>();

  constructor(entries?: Iterable<readonly [string, V]>) {
    super(); // Map's own constructor would add the entries before `spelling` exists
    for (const [name, value] of entries ?? []) this.set(name, value);
  }

  private key(name: string): string {
    return name.toUpperCase();
  }

  override get(name: string): V | undefined {
    const spelled = this.spelling.get(this.key(name));
    return spelled === undefined ? undefined : super.get(spelled);
  }

  override has(name: string): boolean {
    return this.spelling.has(this.key(name));
  }

  override set(name: string, value: V): this {
    const spelled = this.spelling.get(this.key(name));
    this.spelling.set(this.key(name), spelled ?? name);
    return super.set(spelled ?? name, value);
  }

  override delete(name: string): boolean {
    const spelled = this.spelling.get(this.key(name));
    if (spelled === undefined) return false;
    this.spelling.delete(this.key(name));
    return super.delete(spelled);
  }

  override clear(): void {
    this.spelling.clear();
    super.clear();
  }

  /** The spelling a name was defined with. */
  spelled(name: string): string | undefined {
    return this.spelling.get(this.key(name));
  }
}
