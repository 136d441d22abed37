/**
 * The 金融機関提出用コピー of the open workbook: the course is read as the user left it, checked,
 * turned into the lender definition and written as .xlsx, which the host opens (Excel) or
 * downloads (browser). The open workbook is not changed.
 */
import type { WorkbookHost } from "../engine/host";
import { exportDefinition } from "./export";
import { type WorkbookChoice, workbookLayout } from "./workbookChoice";

export function lenderCopyFileName(today: string): string {
  return `金融機関提出用_${today}.xlsx`;
}

export async function makeLenderCopy(
  host: WorkbookHost,
  choice: WorkbookChoice,
  today: string
): Promise<{ sheets: string[] }> {
  const { def, memory } = await host.read(workbookLayout(choice));
  // the same copy the command line writes: checked, with the 検証結果 sheet and its status
  const lender = exportDefinition(def, memory, {
    course: choice.course,
    courseLabel: `${choice.course}コース・${choice.industry}`,
    today,
    lender: true,
  });
  // ExcelJS is loaded only when a copy is made, to keep the pane quick to open.
  const { writeXlsxBytes } = await import("../file/xlsx");
  await host.deliver(
    await writeXlsxBytes(lender.def, { memory: lender.memory }),
    lenderCopyFileName(today)
  );
  return { sheets: lender.def.sheets.map((s) => s.name) };
}
