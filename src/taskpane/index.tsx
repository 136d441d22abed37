/** Task pane entry: renders the pane on the open workbook once Office is ready. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CATALOGUE } from "../functions/catalogue";
import { applyWorkbookCoefficients } from "../excel/applyCoefficients";
import { onOfficeReady, withExcel } from "../excel/excelHost";
import { App } from "./App";
import { scenarioActions, workbookActions } from "./hostActions";

onOfficeReady(() => {
  const container = document.getElementById("root");
  if (container === null) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        functions={CATALOGUE}
        workbook={workbookActions(withExcel)}
        scenarios={scenarioActions(withExcel)}
        applyCoefficients={applyWorkbookCoefficients}
      />
    </FluentProvider>
  );
});
