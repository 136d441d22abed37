/** Reads the workbook's coefficients into the BCP functions, then recalculates the workbook. */
import { useParameters } from "../functions/runtimeParameters";
import { readWorkbookCoefficients } from "./coefficients";

/* global Excel */

export interface ApplyResult {
  overridden: number;
  problems: string[];
}

export async function applyWorkbookCoefficients(): Promise<ApplyResult> {
  return Excel.run(async (context) => {
    const result = await readWorkbookCoefficients(context);
    useParameters(result.params);
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
    return { overridden: result.found.length, problems: result.problems };
  });
}
