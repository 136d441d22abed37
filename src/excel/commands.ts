/** Ribbon commands: 係数を反映 applies the workbook's coefficients to the BCP functions. */
import { applyWorkbookCoefficients } from "./applyCoefficients";

/* global Office */

async function applyCoefficients(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await applyWorkbookCoefficients();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("applyCoefficients", applyCoefficients);
});
