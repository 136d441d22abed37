// ExcelJS's single-file build has the package's own types.
declare module "exceljs/dist/exceljs.bare.min.js" {
  import ExcelJS = require("exceljs");
  export = ExcelJS;
}
