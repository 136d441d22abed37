/** The pane's start: Office.js calls back once it has loaded the pane (the rest loads on use). */
/* global Office */

/** Calls `start` once Office has loaded the pane. */
export function onOfficeReady(start: () => void): void {
  void Office.onReady(() => start());
}
