/**
 * The trial-balance (残高試算表) exports the import recognises, as data. Each vendor's export is
 * told apart by the names in its header row (and 弥生会計's by its title line); the columns are
 * found by name, not position, so a column added or moved by a new version still reads. Sources
 * and what each layout is taken from: docs/import.md.
 */

export type LayoutId = "yayoi" | "freee" | "moneyforward" | "generic";

export interface TrialBalanceLayout {
  id: LayoutId;
  label: string;
  /** header cells that together tell this export from the others */
  marks: readonly string[];
  /** a word of the title line above the header, when the export writes one */
  title?: string;
  /** columns holding the period's closing balance, by preference */
  balance: readonly string[];
  /** debit and credit balance columns, read when no balance column is present */
  debit?: readonly string[];
  credit?: readonly string[];
}

/** Header names of the account column, in every layout. */
export const ACCOUNT_HEADERS = ["勘定科目", "勘定科目名", "科目", "科目名"] as const;
/** Header names of a column naming the statement of each line. */
export const SECTION_HEADERS = ["帳票", "出力帳票", "決算書区分", "決算書", "区分"] as const;
/** Header names of a sub-account column: such lines break an account down. */
export const SUB_ACCOUNT_HEADERS = ["補助科目", "補助科目名"] as const;

export const LAYOUTS: readonly TrialBalanceLayout[] = [
  {
    id: "yayoi",
    label: "弥生会計 残高試算表（月次・期間）",
    title: "残高試算表",
    marks: ["前期繰越", "当期残高"],
    balance: ["当期残高"],
  },
  {
    id: "freee",
    label: "freee会計 試算表",
    marks: ["借方金額", "貸方金額", "期末残高"],
    balance: ["期末残高"],
  },
  {
    id: "moneyforward",
    label: "マネーフォワード クラウド会計 残高試算表",
    marks: ["前月繰越", "借方", "貸方", "残高", "構成比率"],
    balance: ["残高"],
  },
  {
    id: "generic",
    label: "勘定科目と金額の CSV",
    marks: [],
    balance: ["金額", "残高", "当期残高", "期末残高", "期間残高", "当期累計", "累計"],
    debit: ["借方残高"],
    credit: ["貸方残高"],
  },
];

export const GENERIC = LAYOUTS.find((l) => l.id === "generic") as TrialBalanceLayout;

export function layoutById(id: string): TrialBalanceLayout | undefined {
  return LAYOUTS.find((l) => l.id === id);
}
