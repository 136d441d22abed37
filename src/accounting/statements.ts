/** The statements a trial balance's lines belong to, as the exports name them. */
export const STATEMENTS = [
  "貸借対照表",
  "損益計算書",
  "製造原価報告書",
  "完成工事原価報告書",
] as const;
export type Statement = (typeof STATEMENTS)[number];

/** Other names of the same statements in exports and headings. */
const STATEMENT_ALIASES: Readonly<Record<string, Statement>> = {
  BS: "貸借対照表",
  PL: "損益計算書",
  製造原価: "製造原価報告書",
  製造原価明細書: "製造原価報告書",
  完成工事原価: "完成工事原価報告書",
  完成工事原価明細書: "完成工事原価報告書",
};

/** The statement a heading or section cell names ("[損益計算書]", "損益計算書"), if any. */
export function statementNamed(cell: string): Statement | undefined {
  const bare = cell
    .normalize("NFKC")
    .replace(/[\s[\]【】〔〕<>《》()]/g, "")
    .replace(/の部$/, "");
  if ((STATEMENTS as readonly string[]).includes(bare)) return bare as Statement;
  return STATEMENT_ALIASES[bare];
}
