/** Task pane entry: renders the pane once Office is ready. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CATALOGUE } from "../functions/catalogue";
import { applyWorkbookCoefficients } from "../excel/applyCoefficients";
import { App } from "./App";
import { excelScenarioActions, excelWorkbookActions } from "./excelActions";

/* global document Office */

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container === null) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        functions={CATALOGUE}
        workbook={excelWorkbookActions}
        scenarios={excelScenarioActions}
        applyCoefficients={applyWorkbookCoefficients}
      />
    </FluentProvider>
  );
});
