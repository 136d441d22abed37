/** The three industries the guideline's 財務診断モデル is laid out for. */
export const INDUSTRIES = ["製造業", "卸・小売業", "建設業"] as const;
export type Industry = (typeof INDUSTRIES)[number];
