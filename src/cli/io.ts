/** Where a command writes its output and its messages. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
