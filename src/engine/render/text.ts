/**
 * Plain-text report for a terminal: a summary line, then each document's claims in order, each
 * with its label tag and, indented below it, what decided the label. Everything printed that comes
 * from outside — article text, titles, file names, messages quoting them — has its control and
 * bidi characters shown escaped: terminal escapes in a hostile article or file name never reach the
 * terminal as escapes.
 */
import type { Label, Report, ReportClaim, ReportDiscrepancy } from '../report/types';
import {
  corroborationSentence, countLabels, counterpartOf, documentNames, flatten, formatScore, indexClaims, joinLines, LABEL_TAG, partText, plural,
} from './common';
import type { ClaimRef } from './common';
import { terminalName, terminalText } from './escape';

export { terminalName, terminalText } from './escape';

export interface TextRenderOptions {
  /** ANSI colours (the CLI decides from TTY, NO_COLOR and FORCE_COLOR). */
  color?: boolean;
  /** Line width to wrap at; default 80, never below 40. */
  width?: number;
  /** The documents' texts: claims are then referred to by line and column, not by id. */
  texts?: readonly (string | undefined)[];
}

/** "line 7:1" of `offset` in `text`. */
function lineOf(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}:${offset - lineStart + 1}`;
}

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
} as const;

const LABEL_COLOR: Record<Label, string> = { agreement: ANSI.green, discrepancy: ANSI.red, unique: ANSI.yellow };

/** Greedy word wrap; words longer than a line (URLs) are cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ')) {
    if (!word) continue;
    while ([...word].length > width) {
      if (line) { lines.push(line); line = ''; }
      const chars = [...word];
      lines.push(chars.slice(0, width).join(''));
      word = chars.slice(width).join('');
    }
    if (!line) line = word;
    else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function renderText(report: Report, options: TextRenderOptions = {}): string {
  return [...joinLines(textLines(report, options))].join('');
}

/**
 * The text report line by line (without line ends), as it is made: a report of hundreds of
 * documents is written as it goes, never held as one string (`renderTextChunks`).
 */
export function* textLines(report: Report, options: TextRenderOptions = {}): Generator<string> {
  const color = options.color === true;
  const width = Math.max(40, Math.floor(options.width ?? 80));
  const paint = (style: string, s: string): string => (color && s ? `${style}${s}${ANSI.reset}` : s);
  // file names are text from outside too: a name may carry escapes
  const names = documentNames(report).map(terminalName);
  const index = indexClaims(report);
  const out: string[] = [];

  const s = report.summary;
  const summary = `Source Compare: ${plural(report.documents.length, 'document')}, ${plural(s.claims, 'claim')}`
    + ` — ${s.agreement} agree, ${s.discrepancy} conflict, ${s.unique} unique`;
  for (const l of wrap(summary, width)) out.push(paint(ANSI.bold, l));
  if (report.similarity !== undefined) for (const l of wrap(terminalText(`Counterparts found by ${report.similarity}.`), width)) out.push(l);

  const TAG_WIDTH = 9; // "CONFLICT" + one space
  const indent = ' '.repeat(2 + TAG_WIDTH);
  const bodyWidth = width - indent.length;

  /** Lines under a claim, indented to its text, wrapped. */
  const detail = (text: string, style: string | null, extraIndent = 0): void => {
    const pad = indent + ' '.repeat(extraIndent);
    for (const l of wrap(text, bodyWidth - extraIndent)) out.push(pad + (style ? paint(style, l) : l));
  };
  const refName = (ref: ClaimRef): string => {
    const text = options.texts?.[ref.document];
    return `${names[ref.document]} [${text !== undefined ? lineOf(text, ref.claim.start) : terminalText(ref.claim.id)}]`;
  };

  for (const [d, doc] of report.documents.entries()) {
    out.push('');
    const meta = [doc.title ? terminalText(doc.title) : null, doc.source ? terminalText(doc.source) : null, doc.date ? terminalText(doc.date) : null]
      .filter(Boolean).join(', ');
    const heading = names[d] + (meta ? ` — ${meta}` : '');
    for (const l of wrap(heading, width)) out.push(paint(ANSI.bold, l));
    out.push(paint(ANSI.dim, '─'.repeat(Math.min(width, Math.max(8, [...heading].length)))));
    const c = countLabels(doc);
    out.push(...wrap(`${plural(c.claims, 'claim')}: ${c.agreement} agree, ${c.discrepancy} conflict, ${c.unique} unique`, width));
    if (doc.notice) for (const l of wrap(`Note: ${terminalText(doc.notice)}`, width)) out.push(paint(ANSI.yellow, l));
    if (!doc.claims.length) out.push(paint(ANSI.dim, '(no claims found)'));

    for (const claim of doc.claims) {
      out.push('');
      const tag = LABEL_TAG[claim.label].padEnd(TAG_WIDTH - 1);
      const lines = wrap(terminalText(claim.text), bodyWidth);
      out.push(`  ${paint(LABEL_COLOR[claim.label] + ANSI.bold, tag)} ${lines[0]}`);
      for (const l of lines.slice(1)) out.push(indent + l);
      renderEvidence(claim);
      const corr = corroborationSentence(report, names, d, claim);
      if (corr) detail(`◇ ${corr}`, ANSI.dim);
      yield* out.splice(0);
    }
    yield* out.splice(0);
  }

  function renderEvidence(claim: ReportClaim): void {
    if (claim.label === 'discrepancy' || claim.discrepancies.length) {
      // Group by counterpart so each other passage is printed once, under all its differences.
      const groups = new Map<string, { ref: ClaimRef | undefined; items: ReportDiscrepancy[] }>();
      for (const d of claim.discrepancies) {
        const ref = counterpartOf(report, index, d);
        const key = ref?.claim.id ?? `?${d.there.document}`;
        const g = groups.get(key) ?? { ref, items: [] };
        g.items.push(d);
        groups.set(key, g);
      }
      for (const { ref, items } of groups.values()) {
        for (const d of items) detail(`✗ ${terminalText(d.message)}`, ANSI.red);
        if (ref) {
          detail(`${refName(ref)} says:`, ANSI.dim, 2);
          detail(quoted(terminalText(ref.claim.text)), null, 2);
        }
      }
    }
    if (claim.label === 'agreement') {
      const best = claim.matches.slice(0, 3).map((m) => {
        const ref = index.get(m.claim);
        const where = ref ? refName(ref) : `[${terminalText(m.claim)}]`;
        const part = ref && partText(m.document, ref.claim, m.part);
        if (part !== undefined) {
          return `${where} (in other words, in the part “${terminalText(part)}”; found by meaning; word score ${formatScore(m.score)})`;
        }
        return `${where} (${m.by === 'meaning' ? `in other words, ${m.part !== undefined ? 'in part of this claim, ' : ''}found by meaning; word ` : ''}score ${formatScore(m.score)})`;
      });
      if (best.length) detail(`= also in ${best.join('; ')}`, ANSI.dim);
    }
  }

  out.push('');
  yield* out.splice(0);
}

/** The text report as chunks of lines, for writing as it is made. */
export function* renderTextChunks(report: Report, options: TextRenderOptions = {}): Generator<string> {
  yield* joinLines(textLines(report, options));
}

/** Wraps a claim in quotation marks unless it already starts with one (a quoted statement). */
function quoted(text: string): string {
  return /^["“‘']/.test(text) ? text : `“${text}”`;
}
