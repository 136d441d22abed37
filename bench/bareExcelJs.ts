// The baseline of the command-line benchmark: ExcelJS writing an empty workbook to a file, in a
// process of its own. `node bareExcelJs.js OUT [package|single-file]`: the package as `require`
// finds it, or the single-file build the add-in loads.
import { writeFileSync } from "fs";

const [out, build = "package"] = process.argv.slice(2);
const ExcelJS = (
  build === "package" ? require("exceljs") : require("exceljs/dist/exceljs.bare.min.js")
) as typeof import("exceljs");
const wb = new ExcelJS.Workbook();
wb.addWorksheet("Sheet1");
void wb.xlsx.writeBuffer().then((bytes) => writeFileSync(out as string, Buffer.from(bytes)));
