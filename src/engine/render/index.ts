/**
 * Renderers: pure functions from a `Report` to a string, no I/O, usable by the CLI and the
 * extension alike.
 */
import type { Report } from '../types';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderText } from './text';
import type { TextRenderOptions } from './text';

export { renderHtml, escapeHtml } from './html';
export { renderJson } from './json';
export { renderMarkdown, escapeMarkdown } from './markdown';
export { renderText, terminalText, wrap } from './text';
export type { TextRenderOptions } from './text';
export { agreementPairs, conflictPairs, wordDiff } from './common';
export type { AgreementPair, ConflictPair, Segment } from './common';

export type RenderFormat = 'json' | 'text' | 'markdown' | 'html';

/** Renders a report in one of the formats; `options` matter only to the text format. */
export function render(report: Report, format: RenderFormat, options: TextRenderOptions = {}): string {
  switch (format) {
    case 'json': return renderJson(report);
    case 'text': return renderText(report, options);
    case 'markdown': return renderMarkdown(report);
    case 'html': return renderHtml(report);
  }
}
