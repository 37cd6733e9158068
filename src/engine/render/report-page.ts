/**
 * The comparison report as one self-contained HTML page: the CLI's `--format html` export and the
 * extension's report webview are this same page, so what a user exports is what they saw.
 *
 * Safety: every piece of article text (and every path, title, message) goes through `escapeHtml`;
 * the page loads nothing (inline CSS, no images, fonts or links out) and a Content-Security-Policy
 * meta forbids loading anything even if some text slipped through. The interactive variant adds
 * exactly one inline script, allowed by its nonce, that only posts messages to the extension.
 *
 * Look: CSS variables fall back from VS Code's theme variables (`--vscode-…`, set inside a
 * webview) to light/dark defaults chosen by `prefers-color-scheme`. Colour is never the only
 * signal: every label also has a symbol (✓ ≠ ○) and the coverage strip a pattern per label.
 */
import type { Label, Report, ReportMatch } from '../report/types';
import { DISCREPANCY_KINDS } from '../report/types';
import { corroborationOf, documentNames, joinLines, kindPhrase, LABEL_TAG, pairScore, partSegments, plural, formatScore } from './common';
import type { Segment } from './common';
import { buildReportModel } from './report-model';
import { escapeHtml } from './escape';

export { escapeHtml } from './escape';
import { actionWord, decisionEntries } from './decisions';
import type { ClaimEntry, CoverageKind, CoverageSegment, DocumentModel, ReportModel } from './report-model';

export interface ReportPageOptions {
  /** The documents' full texts, in report order: coverage strips are then sized by characters. */
  texts?: readonly (string | undefined)[];
  /** For the extension's webview: entries post `reveal`, export buttons post `export`. */
  interactive?: boolean;
  /** Nonce of the one inline script (interactive only); a fresh random value per page. */
  nonce?: string;
  /** The webview's `cspSource` (interactive only). */
  cspSource?: string;
  /** Page title; default "Source Compare: a.txt · b.txt". */
  title?: string;
}

/** Formats the interactive page can ask the extension to export. */
export const EXPORT_FORMATS = ['html', 'markdown', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Messages the interactive page posts (`acquireVsCodeApi().postMessage`). */
export type ReportPageMessage =
  | { type: 'reveal'; document: number; claim: string }
  | { type: 'export'; format: ExportFormat };

export const STATIC_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Characters a CSP source expression or nonce can never need; anything else could end the policy. */
const CSP_UNSAFE = /[^\w\s:/.*+=@%-]/g;

export function interactiveCsp(cspSource: string, nonce: string): string {
  const src = cspSource.replace(CSP_UNSAFE, '').replace(/\s+/g, ' ').trim();
  const n = nonce.replace(/[^\w+/=-]/g, '');
  return `default-src 'none'; style-src ${src} 'unsafe-inline'; script-src 'nonce-${n}'; img-src ${src} data:`;
}

const SYMBOL: Record<CoverageKind, string> = { agreement: '✓', discrepancy: '≠', unique: '○', none: '·' };
const WORD: Record<CoverageKind, string> = { agreement: 'agreement', discrepancy: 'discrepancy', unique: 'unique', none: 'not a claim' };

const CSS = `
:root { color-scheme: light dark;
  --sc-bg: var(--vscode-editor-background, #ffffff); --sc-fg: var(--vscode-editor-foreground, #1f2328);
  --sc-muted: var(--vscode-descriptionForeground, #59636e); --sc-border: var(--vscode-panel-border, #d1d9e0);
  --sc-card: var(--vscode-editorWidget-background, #f6f8fa); --sc-focus: var(--vscode-focusBorder, #0969da);
  --sc-agree: var(--vscode-charts-green, #1a7f37); --sc-conflict: var(--vscode-charts-red, #cf222e);
  --sc-unique: var(--vscode-charts-blue, #0969da); --sc-none: var(--vscode-disabledForeground, #8c959f);
  --sc-mark: var(--vscode-editor-findMatchHighlightBackground, #fff1a8);
  --sc-button: var(--vscode-button-background, #0969da); --sc-button-fg: var(--vscode-button-foreground, #ffffff); }
@media (prefers-color-scheme: dark) {
  :root { --sc-bg: var(--vscode-editor-background, #0d1117); --sc-fg: var(--vscode-editor-foreground, #e6edf3);
    --sc-muted: var(--vscode-descriptionForeground, #9198a1); --sc-border: var(--vscode-panel-border, #3d444d);
    --sc-card: var(--vscode-editorWidget-background, #151b23); --sc-focus: var(--vscode-focusBorder, #4493f8);
    --sc-agree: var(--vscode-charts-green, #3fb950); --sc-conflict: var(--vscode-charts-red, #f85149);
    --sc-unique: var(--vscode-charts-blue, #58a6ff); --sc-none: var(--vscode-disabledForeground, #6e7681);
    --sc-mark: var(--vscode-editor-findMatchHighlightBackground, #5a4a00);
    --sc-button: var(--vscode-button-background, #1f6feb); --sc-button-fg: var(--vscode-button-foreground, #ffffff); }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1.25rem 1.5rem 3rem; background: var(--sc-bg); color: var(--sc-fg);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: var(--vscode-font-size, 15px); line-height: 1.5; }
h1 { margin: 0 0 .25rem; font-size: 1.6em; } h2 { border-bottom: 1px solid var(--sc-border); padding-bottom: .25rem; margin-top: 2.25rem; font-size: 1.25em; }
h3 { font-size: 1em; margin: 1rem 0 .4rem; }
.muted, caption { color: var(--sc-muted); } caption { text-align: left; padding-bottom: .25rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 50%; }
th, td { border: 1px solid var(--sc-border); padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--sc-card); } .num { text-align: right; font-variant-numeric: tabular-nums; }
.figures { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; }
.figure { border: 1px solid var(--sc-border); border-radius: 6px; background: var(--sc-card); padding: .5rem 1rem; min-width: 8rem; }
.figure dt { color: var(--sc-muted); font-size: .85em; } .figure dd { margin: 0; font-size: 1.8em; font-weight: 600; font-variant-numeric: tabular-nums; }
.figure.agreement { border-left: 6px solid var(--sc-agree); } .figure.discrepancy { border-left: 6px solid var(--sc-conflict); }
.figure.unique { border-left: 6px solid var(--sc-unique); }
.sym { font-weight: 700; } .sym.agreement { color: var(--sc-agree); } .sym.discrepancy { color: var(--sc-conflict); } .sym.unique { color: var(--sc-unique); }
.tag { display: inline-block; font-size: .75em; font-weight: 700; letter-spacing: .03em; padding: 0 .4em; border-radius: 4px;
  border: 1px solid currentColor; margin-right: .4em; white-space: nowrap; }
.tag.agreement { color: var(--sc-agree); } .tag.discrepancy { color: var(--sc-conflict); } .tag.unique { color: var(--sc-unique); }
.bar { display: inline-block; width: 6rem; height: .6rem; border: 1px solid var(--sc-border); border-radius: 3px; margin-left: .5rem; vertical-align: middle; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--sc-agree); }
.bar.conflict > span { background: var(--sc-conflict); }
.strip { display: flex; width: 100%; height: 2.25rem; border: 1px solid var(--sc-border); border-radius: 4px; overflow: hidden; margin: .25rem 0; }
.seg { display: flex; align-items: center; justify-content: center; flex: 1 1 0; min-width: 0; overflow: hidden; color: var(--sc-bg);
  font-weight: 700; font-size: .8em; text-decoration: none; border-right: 1px solid var(--sc-bg); }
.seg:last-child { border-right: 0; }
.seg.claim { min-width: 3px; cursor: pointer; }
.p-agreement { background-color: var(--sc-agree); }
.p-discrepancy { background-color: var(--sc-conflict);
  background-image: repeating-linear-gradient(45deg, transparent 0 5px, rgba(255, 255, 255, .35) 5px 8px); }
.p-unique { background-color: var(--sc-unique);
  background-image: radial-gradient(circle, rgba(255, 255, 255, .45) 1.5px, transparent 2px); background-size: 7px 7px; }
.p-none { background-color: transparent;
  background-image: repeating-linear-gradient(90deg, var(--sc-border) 0 1px, transparent 1px 6px); color: var(--sc-muted); }
.seg.blank { background: transparent; border-right: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; margin: .5rem 0 1rem; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.swatch { display: inline-flex; align-items: center; justify-content: center; width: 2.25rem; height: 1.1rem; border: 1px solid var(--sc-border);
  border-radius: 3px; color: var(--sc-bg); font-size: .75em; font-weight: 700; }
.swatch.p-none { color: var(--sc-muted); }
.shares { margin: 0 0 1rem; font-size: .9em; color: var(--sc-muted); }
.card { background: var(--sc-card); border: 1px solid var(--sc-border); border-left: 6px solid var(--sc-conflict); border-radius: 6px; padding: .6rem 1rem; margin: .75rem 0; }
.card.agreement { border-left-color: var(--sc-agree); }
.card h3 { margin-top: .2rem; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
@media (max-width: 42rem) { .sides { grid-template-columns: 1fr; } }
figure { margin: 0; } figcaption { font-size: .85em; color: var(--sc-muted); margin-bottom: .2rem; }
blockquote { margin: 0; padding: .45rem .75rem; border-left: 4px solid var(--sc-border); background: var(--sc-bg); border-radius: 0 4px 4px 0; }
.entry { border-radius: 4px; }
.interactive .entry { cursor: pointer; } .interactive .entry:hover { outline: 1px dashed var(--sc-focus); }
mark { background: var(--sc-mark); color: inherit; padding: 0 .1em; border-radius: 2px; border-bottom: 2px solid var(--sc-conflict); }
mark.part { border-bottom-color: var(--sc-agree); }
:focus-visible { outline: 2px solid var(--sc-focus); outline-offset: 2px; }
.seg:focus-visible { outline-offset: -3px; outline-color: var(--sc-fg); }
ul.messages { margin: .25rem 0 .6rem; padding-left: 1.25rem; }
ul.claims, ol.claims { padding-left: 1.5rem; } ul.claims li, ol.claims li { margin: .35rem 0; }
.id { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Consolas, monospace); font-size: .85em; color: var(--sc-muted); }
.corr { display: block; font-size: .85em; color: var(--sc-muted); }
.notice { border-left: 4px solid var(--sc-unique); padding-left: .75rem; }
details { margin: .5rem 0; } summary { cursor: pointer; font-weight: 600; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; }
.toolbar button { font: inherit; color: var(--sc-button-fg); background: var(--sc-button); border: 1px solid var(--vscode-button-border, transparent);
  border-radius: 4px; padding: .25rem .75rem; cursor: pointer; }
@media (forced-colors: active) { .seg, .swatch { forced-color-adjust: none; border: 1px solid CanvasText; } mark { border-bottom-color: CanvasText; } }
@media print { .toolbar { display: none; } details { display: block; } }
`.trim();

// Runs inside the webview only. Plain ES2017, no framework: it finds the entry under a click or
// key press and tells the extension which claim to reveal; everything else stays static HTML.
const SCRIPT = `
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  function entryOf(node) {
    return node && node.closest ? node.closest('[data-claim]') : null;
  }
  function reveal(el) {
    var doc = Number(el.getAttribute('data-document'));
    var claim = el.getAttribute('data-claim');
    if (Number.isInteger(doc) && claim) vscode.postMessage({ type: 'reveal', document: doc, claim: claim });
  }
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('[data-export]') : null;
    if (button) { vscode.postMessage({ type: 'export', format: button.getAttribute('data-export') }); return; }
    var el = entryOf(event.target);
    if (el) { event.preventDefault(); reveal(el); }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var el = entryOf(event.target);
    if (!el || el !== event.target) return;
    event.preventDefault();
    reveal(el);
  });
})();
`.trim();

function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** Element id for a claim ("0:3" → "c-0-3"): ids come from the engine, but are sanitised anyway. */
function anchor(id: string): string {
  return `c-${id.replace(/[^\w-]/g, '-')}`;
}

function tag(label: Label): string {
  return `<span class="tag ${label}"><span aria-hidden="true">${SYMBOL[label]} </span>${LABEL_TAG[label]}</span>`;
}

/** A passage with the part of it that says the other claim marked, if the part is in it. */
function withPart(e: ClaimEntry, part: ReportMatch['part']): ClaimEntry & { segments?: readonly Segment[]; markClass?: string } {
  const segments = partSegments(e.document, e, part);
  return segments ? { ...e, segments, markClass: 'part' } : e;
}

/** Passage with the words only it has wrapped in <mark>; the marks hug the words, not the spaces. */
function segmentsHtml(segments: readonly Segment[], markClass?: string): string {
  const open = markClass ? `<mark class="${markClass}">` : '<mark>';
  return segments.map((s) => {
    if (!s.changed) return escapeHtml(s.text);
    // trim() rather than one regex with \s* around a lazy middle, which backtracks quadratically.
    const core = s.text.trim();
    const lead = s.text.slice(0, s.text.length - s.text.trimStart().length);
    const trail = s.text.slice(s.text.trimEnd().length);
    return `${escapeHtml(lead)}${open}${escapeHtml(core)}</mark>${escapeHtml(trail)}`;
  }).join('');
}

function bar(share: number, cls = ''): string {
  const pct = Math.max(0, Math.min(100, share * 100)).toFixed(1);
  return `<span class="bar${cls ? ` ${cls}` : ''}" aria-hidden="true"><span style="width: ${pct}%"></span></span>`;
}

/** " (newer)" for the one date after every other (with three or more sources: " (newest)"). */
function newerMark(date: string, all: readonly (string | null)[]): string {
  const others = all.filter((d, i) => i !== all.indexOf(date) || d !== date);
  if (all.length < 2 || others.length !== all.length - 1 || others.some((d) => !d || d >= date)) return '';
  return all.length > 2 ? ' <small>(newest)</small>' : ' <small>(newer)</small>';
}

class Page {
  readonly out: string[] = [];
  readonly names: string[];

  constructor(readonly report: Report, readonly model: ReportModel, readonly interactive: boolean, readonly texts: readonly (string | undefined)[] = []) {
    this.names = model.documents.map((d) => d.name);
  }

  /** Where a person finds a claim: "line 7:1" when the text is known, else its id. */
  place(document: number, claim: string): string {
    const text = this.texts[document];
    const c = this.report.documents[document]?.claims.find((x) => x.id === claim);
    if (text === undefined || !c) return claim;
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < c.start; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return `line ${line}:${c.start - lineStart + 1}`;
  }

  /** Attributes that make an element a claim entry: focusable, and a button in the webview. */
  entryAttrs(document: number, claim: string, label: string): string {
    const role = this.interactive ? ' role="button"' : '';
    return `class="entry" tabindex="0"${role} data-document="${document}" data-claim="${escapeHtml(claim)}" aria-label="${escapeHtml(label)}"`;
  }

  ref(document: number, claim: string): string {
    return `${escapeHtml(this.names[document] ?? `#${document}`)} <a class="id" href="#${anchor(claim)}">${escapeHtml(this.place(document, claim))}</a>`;
  }

  push(...lines: string[]): void {
    this.out.push(...lines);
  }

  summary(): void {
    const t = this.model.totals;
    const n = this.model.documents.length;
    this.push('<section id="summary" aria-labelledby="h-summary">', '<h2 id="h-summary">Summary</h2>');
    this.push('<dl class="figures">',
      `<div class="figure"><dt>Claims in ${plural(n, 'source')}</dt><dd>${t.claims}</dd></div>`,
      `<div class="figure agreement"><dt><span class="sym agreement" aria-hidden="true">${SYMBOL.agreement}</span> Agree</dt><dd>${t.agreement}</dd></div>`,
      `<div class="figure discrepancy"><dt><span class="sym discrepancy" aria-hidden="true">${SYMBOL.discrepancy}</span> Conflicting claims <small>(every source’s, both sides counted)</small></dt><dd>${t.discrepancy}</dd></div>`,
      `<div class="figure unique"><dt><span class="sym unique" aria-hidden="true">${SYMBOL.unique}</span> Unique</dt><dd>${t.unique}</dd></div>`,
      `<div class="figure"><dt>Conflicting pairs <small>(a claim and its counterpart, counted once)</small></dt><dd>${this.model.discrepancies.length}</dd></div>`,
      '</dl>');
    this.push('<table>', '<caption>Claims per source, by label</caption>',
      '<thead><tr><th scope="col">Source</th><th scope="col">Title</th><th scope="col">Date</th><th scope="col" class="num">Claims</th>'
      + '<th scope="col" class="num">Agree</th><th scope="col" class="num">Conflict</th><th scope="col" class="num">Unique</th></tr></thead>', '<tbody>');
    for (const doc of this.model.documents) {
      const c = doc.counts;
      this.push(`<tr><th scope="row">${escapeHtml(doc.name)}</th><td>${doc.title ? escapeHtml(doc.title) : '—'}</td>`
        + `<td>${doc.date ? escapeHtml(doc.date) + newerMark(doc.date, this.model.documents.map((x) => x.date)) : '—'}</td><td class="num">${c.claims}</td><td class="num">${c.agreement}</td>`
        + `<td class="num">${c.discrepancy}</td><td class="num">${c.unique}</td></tr>`);
    }
    this.push('</tbody>', `<tfoot><tr><th scope="row">Total</th><td></td><td></td><td class="num">${t.claims}</td><td class="num">${t.agreement}</td>`
      + `<td class="num">${t.discrepancy}</td><td class="num">${t.unique}</td></tr></tfoot>`, '</table>');
    for (const doc of this.model.documents) {
      if (doc.notice) this.push(`<p class="notice"><strong>Note on ${escapeHtml(doc.name)}:</strong> ${escapeHtml(doc.notice)}</p>`);
    }
    this.push('</section>');
  }

  pairs(): void {
    const pairs = this.model.pairs;
    if (!pairs.length) return;
    this.push('<section id="pairs" aria-labelledby="h-pairs">', '<h2 id="h-pairs">Agreement between sources</h2>', '<table>',
      '<caption>For each pair of sources: how many claims of one the other says the same way, and how many passages conflict</caption>',
      '<thead><tr><th scope="col">Sources</th><th scope="col">First source’s claims the second says</th>'
      + '<th scope="col">Second source’s claims the first says</th><th scope="col" class="num">Conflicts</th></tr></thead>', '<tbody>');
    for (const p of pairs) {
      const a = this.model.documents[p.a];
      const b = this.model.documents[p.b];
      this.push(`<tr><th scope="row">${escapeHtml(a.name)} ↔ ${escapeHtml(b.name)}</th>`
        + `<td>${p.aAgreedByB} of ${a.counts.claims} (${percent(p.aShareAgreedByB)})${bar(p.aShareAgreedByB)}</td>`
        + `<td>${p.bAgreedByA} of ${b.counts.claims} (${percent(p.bShareAgreedByA)})${bar(p.bShareAgreedByA)}</td>`
        + `<td class="num">${p.conflicts}</td></tr>`);
    }
    this.push('</tbody>', '</table>', '</section>');
  }

  matrix(): void {
    const docs = this.model.documents;
    if (docs.length < 3) return;
    this.push('<section id="matrix" aria-labelledby="h-matrix">', '<h2 id="h-matrix">Source × source</h2>', '<table>',
      '<caption>Each row is one source’s claims as another source (column) stands on them: '
      + `${SYMBOL.agreement} says the same, ${SYMBOL.discrepancy} conflicts, ${SYMBOL.unique} silent</caption>`,
      `<thead><tr><th scope="col">Claims of ↓ / seen by →</th>${docs.map((d) => `<th scope="col">${escapeHtml(d.name)}</th>`).join('')}</tr></thead>`,
      '<tbody>');
    for (const row of docs) {
      const cells = this.model.matrix[row.index].map((cell) => {
        if (!cell) return '<td class="muted" aria-label="same source">—</td>';
        return `<td aria-label="${cell.agrees} agree, ${cell.conflicts} conflict, ${cell.silent} silent">`
          + `<span class="sym agreement" aria-hidden="true">${SYMBOL.agreement}</span> ${cell.agrees} `
          + `<span class="sym discrepancy" aria-hidden="true">${SYMBOL.discrepancy}</span> ${cell.conflicts} `
          + `<span class="sym unique" aria-hidden="true">${SYMBOL.unique}</span> ${cell.silent}`
          + `<br><span class="muted">${percent(cell.agreeShare)} agreed</span>${bar(cell.agreeShare)}</td>`;
      });
      this.push(`<tr><th scope="row">${escapeHtml(row.name)}</th>${cells.join('')}</tr>`);
    }
    this.push('</tbody>', '</table>', '</section>');
  }

  kinds(): void {
    const docs = this.model.documents;
    const used = DISCREPANCY_KINDS.filter((k) => this.model.kinds[k] > 0 || docs.some((d) => d.kinds[k] > 0));
    this.push('<section id="kinds" aria-labelledby="h-kinds">', '<h2 id="h-kinds">Discrepancies by kind</h2>');
    if (!used.length) {
      this.push('<p class="muted">No discrepancies.</p>', '</section>');
      return;
    }
    const max = Math.max(1, ...used.map((k) => this.model.kinds[k]));
    this.push('<table>', '<caption>Conflicting passages per kind; per source, its claims’ differences (one per other source)</caption>',
      `<thead><tr><th scope="col">Kind</th><th scope="col" class="num">Passages</th>${docs.map((d) => `<th scope="col" class="num">${escapeHtml(d.name)}</th>`).join('')}</tr></thead>`,
      '<tbody>');
    for (const k of used) {
      this.push(`<tr><th scope="row">${escapeHtml(k)}</th><td class="num">${this.model.kinds[k]}${bar(this.model.kinds[k] / max, 'conflict')}</td>`
        + `${docs.map((d) => `<td class="num">${d.kinds[k]}</td>`).join('')}</tr>`);
    }
    this.push('</tbody>', '</table>', '</section>');
  }

  coverage(): void {
    this.push('<section id="coverage" aria-labelledby="h-coverage">', '<h2 id="h-coverage">Coverage</h2>',
      '<p class="muted">Each article from start to end, every stretch as long as its text: what other sources also say, where they conflict, what only this source says, and what is not a claim (headline metadata, blank lines).</p>',
      '<ul class="legend" aria-label="Legend">');
    for (const k of ['agreement', 'discrepancy', 'unique', 'none'] as const) {
      this.push(`<li><span class="swatch p-${k}" aria-hidden="true">${SYMBOL[k]}</span>${WORD[k]}</li>`);
    }
    this.push('</ul>');
    for (const doc of this.model.documents) this.strip(doc);
    this.push('</section>');
  }

  strip(doc: DocumentModel): void {
    const cov = doc.coverage;
    const sh = cov.shares;
    const summary = `${percent(sh.agreement)} agreement, ${percent(sh.discrepancy)} discrepancy, ${percent(sh.unique)} unique`
      + (cov.basis === 'text' ? `, ${percent(sh.none)} not a claim` : '');
    this.push(`<h3>${escapeHtml(doc.name)}</h3>`,
      `<div class="strip" role="group" aria-label="${escapeHtml(`Coverage of ${doc.name}: ${summary}`)}">`);
    const claims = new Map(this.report.documents[doc.index].claims.map((c) => [c.id, c]));
    for (const s of cov.segments) this.push(this.segment(doc, s, claims.get(s.claim ?? '')?.text));
    if (!cov.segments.length) this.push('<span class="seg p-none">no text</span>');
    this.push('</div>', `<p class="shares">${escapeHtml(summary)}${cov.basis === 'claims' ? ' (of claim text; full text not available)' : ''}</p>`);
  }

  segment(doc: DocumentModel, s: CoverageSegment, text: string | undefined): string {
    const grow = `style="flex-grow: ${Math.max(1, s.end - s.start)}"`;
    const show = s.share >= 0.05 ? SYMBOL[s.kind] : '';
    if (s.note === 'blank') return `<span class="seg blank" ${grow} aria-hidden="true"></span>`;
    if (!s.claim) {
      const what = s.note === 'metadata' ? 'metadata, not a claim' : 'not a claim';
      return `<span class="seg p-none" ${grow} role="img" aria-label="${escapeHtml(`${what}, ${percent(s.share)} of the text`)}">${show}</span>`;
    }
    const label = `Claim ${s.claim}, ${WORD[s.kind]}, ${percent(s.share)} of the text`;
    const snippet = text === undefined ? '' : ` title="${escapeHtml(`${WORD[s.kind]}: ${cutText(text, 160)}`)}"`;
    const body = `<span aria-hidden="true">${show}</span>`;
    if (this.interactive) {
      return `<span class="seg claim p-${s.kind}" ${grow} role="button" tabindex="0" data-document="${doc.index}" `
        + `data-claim="${escapeHtml(s.claim)}" aria-label="${escapeHtml(label)}"${snippet}>${body}</span>`;
    }
    return `<a class="seg claim p-${s.kind}" ${grow} href="#${anchor(s.claim)}" aria-label="${escapeHtml(label)}"${snippet}>${body}</a>`;
  }

  passage(p: ClaimEntry & { segments?: readonly Segment[]; markClass?: string }): string {
    const body = p.segments ? segmentsHtml(p.segments, p.markClass) : escapeHtml(p.text);
    const label = `${this.names[p.document]} claim ${p.claim}`;
    return `<figure><figcaption>${this.ref(p.document, p.claim)}</figcaption>`
      + `<blockquote ${this.entryAttrs(p.document, p.claim, label)}>${body}</blockquote></figure>`;
  }

  discrepancies(): void {
    const list = this.model.discrepancies;
    this.push('<section id="discrepancies" aria-labelledby="h-discrepancies">', `<h2 id="h-discrepancies">Discrepancies (${list.length})</h2>`);
    if (!list.length) this.push('<p class="muted">No conflicting claims.</p>');
    else this.push('<p class="muted">Both passages side by side; the words only one of them has are marked.</p>');
    for (const d of list) {
      const kinds = d.kinds.length ? d.kinds.join(', ') : 'conflict';
      this.push(`<article class="card discrepancy" aria-label="${escapeHtml(`${kinds}: ${this.names[d.a.document]} ${d.a.claim} and ${this.names[d.b.document]} ${d.b.claim}`)}">`,
        `<h3><span class="sym discrepancy" aria-hidden="true">${SYMBOL.discrepancy}</span> ${escapeHtml(kinds)} — ${this.ref(d.a.document, d.a.claim)} ↔ ${this.ref(d.b.document, d.b.claim)}</h3>`);
      if (d.items.length) {
        this.push('<ul class="messages">');
        for (const x of d.items) this.push(`<li><strong>${escapeHtml(x.kind)}</strong>: ${escapeHtml(x.message)}</li>`);
        this.push('</ul>');
      }
      this.push('<div class="sides">', this.passage(d.a), this.passage(d.b), '</div>', '</article>');
    }
    this.push('</section>');
  }

  /** What a person decided (dismissed, reviewed, linked), when decisions were applied. */
  decisions(report: Report): void {
    const entries = decisionEntries(report);
    if (!entries.length) return;
    this.push('<section id="decisions" aria-labelledby="h-decisions">', `<h2 id="h-decisions">Decisions by a person (${entries.length})</h2>`, '<ul class="claims">');
    for (const e of entries) {
      this.push(`<li><b>${escapeHtml(actionWord(e.action))}</b>: ${this.ref(e.a.document, e.a.claim.id)} ↔ ${this.ref(e.b.document, e.b.claim.id)}`
        + `${e.at ? ` (${escapeHtml(e.at.slice(0, 10))})` : ''} — ${escapeHtml(e.a.claim.text)}</li>`);
    }
    this.push('</ul>', '</section>');
  }

  unique(): void {
    this.push('<section id="unique" aria-labelledby="h-unique">', '<h2 id="h-unique">Claims only one source makes</h2>');
    for (const doc of this.model.documents) {
      this.push(`<h3>${escapeHtml(doc.name)} (${doc.unique.length})</h3>`);
      if (!doc.unique.length) {
        this.push('<p class="muted">None: another source says every claim.</p>');
        continue;
      }
      this.push('<ul class="claims">');
      for (const c of doc.unique) {
        this.push(`<li ${this.entryAttrs(c.document, c.claim, `${doc.name} claim ${c.claim}, unique`)}>`
          + `<span class="id">${escapeHtml(this.place(c.document, c.claim))}</span> ${escapeHtml(c.text)}</li>`);
      }
      this.push('</ul>');
    }
    this.push('</section>');
  }

  agreements(): void {
    const list = this.model.agreements;
    this.push('<section id="agreements" aria-labelledby="h-agreements">', `<h2 id="h-agreements">Agreements (${list.length})</h2>`);
    if (!list.length) {
      this.push('<p class="muted">No claims said by more than one source.</p>', '</section>');
      return;
    }
    this.push(`<details><summary>Show ${plural(list.length, 'agreeing pair')}</summary>`);
    if (list.some((p) => p.part)) this.push('<p class="muted">Where a claim is said inside a longer claim, the part that says it is marked.</p>');
    for (const p of list) {
      this.push('<div class="card agreement">', `<h3><span class="sym agreement" aria-hidden="true">${SYMBOL.agreement}</span> `
        + `${this.ref(p.a.document, p.a.claim)} ↔ ${this.ref(p.b.document, p.b.claim)} <span class="muted">score ${pairScore(p)}</span></h3>`,
      '<div class="sides">', this.passage(withPart(p.a, p.part)), this.passage(withPart(p.b, p.part)), '</div>', '</div>');
    }
    this.push('</details>', '</section>');
  }

  /** Every claim with an anchor (the links above land here) and where each other source stands. */
  allClaims(): void {
    const n = this.report.documents.length;
    this.push('<section id="claims" aria-labelledby="h-claims">', '<h2 id="h-claims">All claims</h2>');
    this.report.documents.forEach((doc, d) => {
      this.push(`<details><summary>${escapeHtml(this.names[d])} (${plural(doc.claims.length, 'claim')})</summary>`, '<ol class="claims">');
      for (const c of doc.claims) {
        const corr = corroborationOf(c, d, n).map((x) => {
          const name = escapeHtml(this.names[x.document] ?? `#${x.document}`);
          if (x.status === 'agrees') return `${SYMBOL.agreement} ${name} says it`;
          if (x.status === 'conflicts') return `${SYMBOL.discrepancy} ${name} differs on ${escapeHtml(kindPhrase(x.kinds))}`;
          return `${SYMBOL.unique} ${name} is silent`;
        }).join(' · ');
        this.push(`<li id="${anchor(c.id)}">${tag(c.label)}<span ${this.entryAttrs(d, c.id, `${this.names[d]} claim ${c.id}, ${c.label}`)}>`
          + `<span class="id">${escapeHtml(this.place(d, c.id))}</span> ${escapeHtml(c.text)}</span>${corr ? `<span class="corr">${corr}</span>` : ''}</li>`);
      }
      this.push('</ol>', '</details>');
    });
    this.push('</section>');
  }
}

/**
 * `text` cut to at most `max` UTF-16 units with an ellipsis, never between the two halves of a
 * surrogate pair (an emoji, a CJK extension character): half a pair is not text.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * The report as one HTML page. Non-interactive (the default) it has no script at all; with
 * `interactive: true` (the extension's webview, which must pass `nonce` and `cspSource`) entries
 * post `{ type: 'reveal', document, claim }` and export buttons `{ type: 'export', format }`.
 */
export function renderReportPage(report: Report, options: ReportPageOptions = {}): string {
  return [...joinLines(reportPageLines(report, options))].join('');
}

/** The report page in pieces of about a section, for writing as it is made (`--format html --out`). */
export function* renderReportPageChunks(report: Report, options: ReportPageOptions = {}): Generator<string> {
  yield* joinLines(reportPageLines(report, options));
}

/** The page's lines (without line ends), section by section. */
function* reportPageLines(report: Report, options: ReportPageOptions): Generator<string> {
  const interactive = options.interactive === true;
  const model = buildReportModel(report, options.texts);
  const names = documentNames(report);
  const title = options.title ?? `Source Compare: ${names.join(' · ')}`;
  const csp = interactive ? interactiveCsp(options.cspSource ?? '', options.nonce ?? '') : STATIC_CSP;
  const page = new Page(report, model, interactive, options.texts);

  page.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    // Not escaped: the policy is ours, and interactiveCsp keeps only characters a policy needs.
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`, `<style>\n${CSS}\n</style>`, '</head>',
    `<body${interactive ? ' class="interactive"' : ''}>`);

  const t = model.totals;
  page.push('<header>', `<h1>${escapeHtml(title)}</h1>`,
    `<p>${plural(report.documents.length, 'source')}, ${plural(t.claims, 'claim')}: `
    + `${tag('agreement')}${t.agreement} ${tag('discrepancy')}${t.discrepancy} ${tag('unique')}${t.unique}</p>`);
  if (interactive) {
    page.push('<nav class="toolbar" aria-label="Export the report">',
      ...EXPORT_FORMATS.map((f) => `<button type="button" data-export="${f}">Export ${f === 'markdown' ? 'Markdown' : f.toUpperCase()}</button>`),
      '</nav>');
  }
  page.push('</header>', '<main>');
  for (const section of ['summary', 'pairs', 'matrix', 'kinds', 'coverage', 'discrepancies', 'unique', 'decisions', 'agreements', 'allClaims'] as const) {
    if (section === 'decisions') page.decisions(report);
    else page[section]();
    yield* page.out.splice(0);
  }
  page.push('</main>');
  if (interactive) page.push(`<script nonce="${escapeHtml((options.nonce ?? '').replace(/[^\w+/=-]/g, ''))}">\n${SCRIPT}\n</script>`);
  page.push('</body>', '</html>', '');
  yield* page.out.splice(0);
}

/** Exported for the extension's message handler: is this a message the page can send? */
export function isReportPageMessage(value: unknown): value is ReportPageMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'reveal') return Number.isInteger(m.document) && typeof m.claim === 'string';
  if (m.type === 'export') return (EXPORT_FORMATS as readonly unknown[]).includes(m.format);
  return false;
}

