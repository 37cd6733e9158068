/**
 * Renderers: pure functions from a `Report` to a string, no I/O, usable by the CLI and the
 * extension alike. `buildReportModel` is the figures behind the HTML page, for any other view.
 */
import type { Report } from '../report/types';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderText } from './text';
import type { TextRenderOptions } from './text';

export { renderHtml, escapeHtml } from './html';
export type { HtmlRenderOptions } from './html';
export { renderReportPage, interactiveCsp, isReportPageMessage, EXPORT_FORMATS, STATIC_CSP } from './report-page';
export type { ReportPageOptions, ReportPageMessage, ExportFormat } from './report-page';
export { buildReportModel, coverageOf, emptyKindCounts } from './report-model';
export type {
  AgreementModel, ClaimEntry, Coverage, CoverageKind, CoverageSegment, DiscrepancyModel, DocumentModel, KindCounts,
  MatrixCell, PairModel, Passage, ReportModel,
} from './report-model';
export { renderCsv, csvField, csvRow, CSV_COLUMNS } from './csv';
export { renderJson } from './json';
export { renderMarkdown, escapeMarkdown } from './markdown';
export { renderText, terminalText, wrap } from './text';
export type { TextRenderOptions } from './text';
export { agreementPairs, conflictPairs, corroborationOf, corroborationSentence, wordDiff } from './common';
export type { AgreementPair, ConflictPair, Counts, Segment } from './common';

export type RenderFormat = 'json' | 'text' | 'markdown' | 'html' | 'csv';

export interface RenderOptions extends TextRenderOptions {
  /** The documents' full texts, in report order (HTML: coverage strips sized by characters). */
  texts?: readonly (string | undefined)[];
}

/** Renders a report in one of the formats; `color`/`width` matter to text, `texts` to HTML. */
export function render(report: Report, format: RenderFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'json': return renderJson(report);
    case 'text': return renderText(report, options);
    case 'markdown': return renderMarkdown(report);
    case 'html': return renderHtml(report, { texts: options.texts });
    case 'csv': return renderCsv(report);
  }
}
