/** One asynchronous action of the pane: idle, running, done with a value, or failed with a message. */
import * as React from "react";

export type Task<T> =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; value: T }
  | { kind: "failed"; message: string };

export function useTask<T>(): [Task<T>, (work: () => Promise<T>) => Promise<void>] {
  const [state, setState] = React.useState<Task<T>>({ kind: "idle" });
  const run = React.useCallback(async (work: () => Promise<T>) => {
    setState({ kind: "busy" });
    try {
      setState({ kind: "done", value: await work() });
    } catch (e) {
      setState({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  return [state, run];
}
