/**
 * How a person is told which source said what: each article by its outlet, headline and date (front
 * matter, else a short first claim that reads as a headline), the newer report marked, and each
 * claim by line and column with the outlet — never by the engine's internal ids ("0:13"). No
 * `vscode` import, so the wording can be checked in plain Node.
 */
import type { ReportDocument } from '../engine/report/types';

/** A first claim this short that does not end like a sentence is taken for the headline. */
const HEADLINE_MAX_CHARS = 100;

/** The last path segment ("harbour-herald.article"). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** The outlet ("The Lakeside Herald"), or the file name when the article names none. */
export function outletOf(doc: ReportDocument): string {
  return doc.source?.trim() || baseName(doc.path);
}

/** The headline: front matter `title`, else a short first claim that does not end like a sentence. */
export function headlineOf(doc: ReportDocument): string | undefined {
  if (doc.title?.trim()) return doc.title.trim();
  const first = doc.claims[0]?.text.replace(/\s+/g, ' ').trim();
  return first && first.length <= HEADLINE_MAX_CHARS && !/[.!?:;,"”’]$/.test(first) ? first : undefined;
}

/**
 * "newer" for the document dated after every other one of `all` (with more than two: "newest"),
 * "older" for one dated before every other; undefined when dates are missing or equal.
 */
export function ageMark(index: number, all: readonly ReportDocument[]): 'newer' | 'newest' | 'older' | undefined {
  const date = all[index]?.date;
  if (!date || all.length < 2) return undefined;
  const others = all.filter((_d, i) => i !== index).map((d) => d.date);
  if (others.some((d) => !d)) return undefined;
  if (others.every((d) => d! < date)) return all.length > 2 ? 'newest' : 'newer';
  if (all.length === 2 && others.every((d) => d! > date)) return 'older';
  return undefined;
}

/**
 * "The Lakeside Herald — “Harbour bridge to close for repairs”, 2031-04-14 (newer)": what a person
 * reads to know which report this is. The file name only where nothing else is known.
 */
export function describeSource(index: number, all: readonly ReportDocument[]): string {
  const doc = all[index];
  const headline = headlineOf(doc);
  const parts = [outletOf(doc)];
  if (headline) parts.push(`“${headline}”`);
  let text = parts.join(' — ');
  if (doc.date) text += `, ${doc.date}`;
  const age = ageMark(index, all);
  return age ? `${text} (${age})` : text;
}

/** A short name for tight places (tab titles, view items): the outlet and the date. */
export function shortSource(index: number, all: readonly ReportDocument[]): string {
  const doc = all[index];
  const age = ageMark(index, all);
  return `${outletOf(doc)}${doc.date ? `, ${doc.date}` : ''}${age ? ` (${age})` : ''}`;
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** "The Lakeside Herald, line 7:1" */
export function claimPlace(outlet: string, at: { line: number; column: number }): string {
  return `${outlet}, line ${at.line}:${at.column}`;
}
