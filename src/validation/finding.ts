/** One thing the check found: how serious, which rule, where, and what to do, in Japanese. */
export type Severity = "エラー" | "警告" | "情報";

export interface Finding {
  severity: Severity;
  rule: string;
  sheet: string;
  ref: string;
  message: string;
}
