/**
 * Renderers: pure functions from a `Report` to a string, no I/O, usable by the CLI and the
 * extension alike. `buildReportModel` is the figures behind the HTML page, for any other view.
 */
import type { Report } from '../report/types';
import { renderCsv, renderCsvChunks } from './csv';
import { renderHtml, renderHtmlChunks } from './html';
import { renderJson, renderJsonChunks } from './json';
import { renderMarkdown, renderMarkdownChunks } from './markdown';
import { renderText, renderTextChunks } from './text';
import type { TextRenderOptions } from './text';

export { renderHtml, renderHtmlChunks, escapeHtml } from './html';
export type { HtmlRenderOptions } from './html';
export { renderReportPage, renderReportPageChunks, interactiveCsp, isReportPageMessage, EXPORT_FORMATS, STATIC_CSP } from './report-page';
export type { ReportPageOptions, ReportPageMessage, ExportFormat } from './report-page';
export { buildReportModel, coverageOf, emptyKindCounts } from './report-model';
export type {
  AgreementModel, ClaimEntry, Coverage, CoverageKind, CoverageSegment, DiscrepancyModel, DocumentModel, KindCounts,
  MatrixCell, PairModel, Passage, ReportModel,
} from './report-model';
export { renderCsv, renderCsvChunks, csvField, csvRow, CSV_COLUMNS } from './csv';
export { renderJson, renderJsonChunks } from './json';
export { renderMarkdown, renderMarkdownChunks, escapeMarkdown } from './markdown';
export { renderText, renderTextChunks, terminalName, terminalText, wrap } from './text';
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

/**
 * The same bytes as `render`, in pieces as they are made: for writing a large report to a file or
 * a pipe without holding it as one string (which V8 caps at about 512 MB).
 */
export function renderChunks(report: Report, format: RenderFormat, options: RenderOptions = {}): Iterable<string> {
  switch (format) {
    case 'json': return renderJsonChunks(report);
    case 'text': return renderTextChunks(report, options);
    case 'markdown': return renderMarkdownChunks(report);
    case 'html': return renderHtmlChunks(report, { texts: options.texts });
    case 'csv': return renderCsvChunks(report);
  }
}
