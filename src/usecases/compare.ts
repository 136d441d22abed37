/**
 * Hazards side by side: the headline figures of the course for each hazard, from the inputs the
 * workbook holds, without changing the workbook.
 */
import type { WorkbookHost } from "../engine/host";
import type { Industry } from "../model/directCosting";
import { type Course, courseWorkbook } from "../sheets/course";
import { type Headline, headlineFor } from "./readBack";

export async function compareHazards(
  host: WorkbookHost,
  course: Course,
  industry: Industry,
  hazards: readonly string[]
): Promise<Headline[]> {
  const { memory } = await host.read(courseWorkbook(course, industry));
  return hazards.map((h) => headlineFor(memory, h));
}
