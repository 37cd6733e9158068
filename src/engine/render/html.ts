/**
 * `--format html`: the report page (report-page.ts) without its script, so the file a user
 * exports is the page they see in the editor's report view, minus the buttons.
 */
import type { Report } from '../report/types';
import { renderReportPage, renderReportPageChunks } from './report-page';

export { escapeHtml } from './report-page';

export interface HtmlRenderOptions {
  /** The documents' full texts, in report order, to size the coverage strips by characters. */
  texts?: readonly (string | undefined)[];
  title?: string;
}

/** The static report page: no script, a CSP that loads nothing, every article text escaped. */
export function renderHtml(report: Report, options: HtmlRenderOptions = {}): string {
  return renderReportPage(report, { texts: options.texts, title: options.title, interactive: false });
}

/** `renderHtml` in pieces of about a section, for writing as it is made. */
export function renderHtmlChunks(report: Report, options: HtmlRenderOptions = {}): Iterable<string> {
  return renderReportPageChunks(report, { texts: options.texts, title: options.title, interactive: false });
}
