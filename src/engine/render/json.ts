/** The report exactly as the schema defines it, pretty-printed (2 spaces), newline-terminated. */
import type { Report } from '../report/types';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
