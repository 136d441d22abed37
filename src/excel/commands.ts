/** Ribbon commands: 係数を反映 applies the workbook's coefficients to the BCP functions. */
/* global Office */

async function applyCoefficients(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // loaded when the button is pressed: the pane's page runs this file at every start
    const { applyWorkbookCoefficients } = await import("./applyCoefficients");
    await applyWorkbookCoefficients();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("applyCoefficients", applyCoefficients);
});
