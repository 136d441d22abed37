/** Task pane entry: renders the pane on the open workbook once Office is ready. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CATALOGUE } from "../functions/catalogue";
import { onOfficeReady } from "../excel/ready";
import { App } from "./App";
import { type HostRunner, importActions, scenarioActions, workbookActions } from "./hostActions";
// the shared runtime's other two parts, which associate themselves with Excel as they load
import "../functions/functions";
import "../excel/commands";

// the Excel side of building, checking and copying loads on the first action, not with the pane
const withExcel: HostRunner = async (work) => (await import("../excel/excelHost")).withExcel(work);

onOfficeReady(() => {
  const container = document.getElementById("root");
  if (container === null) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        functions={CATALOGUE}
        workbook={workbookActions(withExcel)}
        scenarios={scenarioActions(withExcel)}
        imports={importActions(withExcel)}
        applyCoefficients={async () =>
          (await import("../excel/applyCoefficients")).applyWorkbookCoefficients()
        }
      />
    </FluentProvider>
  );
});
