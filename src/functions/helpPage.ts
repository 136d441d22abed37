/**
 * The function reference pages the help links of functions.json and functions-ja.json open,
 * served from the add-in's own origin.
 */
import type { FunctionsMetadata } from "./metadata";

export type HelpLocale = "en" | "ja";

const TEXT: Record<
  HelpLocale,
  {
    title: string;
    intro: string;
    syntax: string;
    parameter: string;
    optional: string;
    range: string;
    other: string;
    otherHref: string;
  }
> = {
  en: {
    title: "BCP functions",
    intro:
      "Functions of the BCP financial-diagnosis add-in. Amounts are in thousand yen and rates are fractions (0.3 = 30 %). A wrong argument returns #VALUE! (or #N/A for missing data) with a message saying what to fix.",
    syntax: "Syntax",
    parameter: "Parameter",
    optional: "optional",
    range: "range",
    other: "日本語",
    otherHref: "functions-ja.html",
  },
  ja: {
    title: "BCP 関数",
    intro:
      "BCP 財務診断アドインの関数です。金額の単位は千円、割合は小数（0.3 = 30%）で指定します。引数に誤りがあると #VALUE!（必要なデータがないときは #N/A）と、直し方を示すメッセージを返します。",
    syntax: "構文",
    parameter: "引数",
    optional: "省略可",
    range: "セル範囲",
    other: "English",
    otherHref: "functions.html",
  },
};

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function renderHelpPage(
  metadata: FunctionsMetadata,
  locale: HelpLocale,
  namespace = "BCP"
): string {
  const t = TEXT[locale];
  const sections = metadata.functions
    .map((f) => {
      const args = f.parameters.map((q) => (q.optional ? `[${q.name}]` : q.name)).join(", ");
      const rows = f.parameters
        .map((q) => {
          const notes = [q.optional ? t.optional : "", q.dimensionality === "matrix" ? t.range : ""]
            .filter(Boolean)
            .join("・");
          return `<tr><td><code>${escape(q.name)}</code>${notes ? ` <small>(${notes})</small>` : ""}</td><td>${escape(q.description ?? "")}</td></tr>`;
        })
        .join("");
      return `<section id="${escape(f.id)}"><h2>${escape(namespace)}.${escape(f.name)}</h2><p>${escape(f.description ?? "")}</p><p>${t.syntax}: <code>=${escape(namespace)}.${escape(f.name)}(${escape(args)})</code></p><table><thead><tr><th>${t.parameter}</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>body{font-family:"Segoe UI","Yu Gothic UI","Meiryo",sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;color:#242424;line-height:1.5}h2{font-size:1.1rem;border-bottom:1px solid #d1d1d1;padding-bottom:.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #e0e0e0;padding:.3rem .5rem;vertical-align:top;text-align:left}code{background:#f5f5f5;padding:0 .2rem}</style>
</head><body><p><a href="${t.otherHref}">${t.other}</a></p><h1>${t.title}</h1><p>${t.intro}</p>
${sections}
</body></html>
`;
}
