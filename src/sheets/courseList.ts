/** The guideline's three courses of the 財務診断モデル (kept apart from the sheets they build). */
export const COURSES = ["基本", "中級", "上級"] as const;
export type Course = (typeof COURSES)[number];
