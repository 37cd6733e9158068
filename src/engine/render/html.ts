/**
 * A self-contained HTML report: inline CSS (light and dark), no scripts, no remote resources, and
 * a Content-Security-Policy that forbids loading anything even if article text were to slip
 * through. Every piece of article text goes through `escapeHtml`.
 */
import type { Label, Report } from '../types';
import {
  agreementPairs, conflictPairs, countLabels, documentNames, formatScore, indexClaims, LABEL_TAG, plural, wordDiff,
} from './common';
import type { ClaimRef, Segment } from './common';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0;
  --agree: #1a7f37; --agree-bg: #dafbe1; --conflict: #cf222e; --conflict-bg: #ffebe9;
  --unique: #9a6700; --unique-bg: #fff8c5; --mark: #fff1a8; --card: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d;
    --agree: #3fb950; --agree-bg: #12261e; --conflict: #f85149; --conflict-bg: #2d1214;
    --unique: #d29922; --unique-bg: #272115; --mark: #5a4a00; --card: #151b23; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { margin-top: 0; } h2 { border-bottom: 1px solid var(--border); padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--border); padding: .35rem .6rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
@media (max-width: 40rem) { .sides { grid-template-columns: 1fr; } }
blockquote { margin: 0; padding: .5rem .75rem; border-left: 4px solid var(--border); background: var(--bg); }
blockquote cite { display: block; font-style: normal; font-size: .85rem; color: var(--muted); margin-bottom: .25rem; }
.tag { display: inline-block; font-size: .75rem; font-weight: 700; letter-spacing: .03em; padding: 0 .4rem;
  border-radius: 4px; border: 1px solid currentColor; margin-right: .4rem; }
.tag.agreement { color: var(--agree); background: var(--agree-bg); }
.tag.discrepancy { color: var(--conflict); background: var(--conflict-bg); }
.tag.unique { color: var(--unique); background: var(--unique-bg); }
.conflict blockquote { border-left-color: var(--conflict); }
.agreement blockquote { border-left-color: var(--agree); }
del { background: var(--conflict-bg); color: inherit; text-decoration: line-through; }
ins { background: var(--agree-bg); color: inherit; text-decoration: underline; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
ul.messages { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
.id { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: .85em; color: var(--muted); }
.muted { color: var(--muted); } .notice { border-left: 4px solid var(--unique); padding-left: .75rem; }
`.trim();

/** Passage with the words only it has wrapped in `tag`; the tags hug the words, not the spaces. */
function segmentsHtml(segments: Segment[], tag: 'del' | 'ins'): string {
  return segments.map((s) => {
    if (!s.changed) return escapeHtml(s.text);
    // trim() rather than one regex with two \s* around a lazy middle, which backtracks quadratically.
    const core = s.text.trim();
    const lead = s.text.slice(0, s.text.length - s.text.trimStart().length);
    const trail = s.text.slice(s.text.trimEnd().length);
    return `${lead}<${tag}>${escapeHtml(core)}</${tag}>${trail}`;
  }).join('');
}

/** Element id for a claim ("0:3" → "c-0-3"): ids come from the engine, but are sanitised anyway. */
function anchor(id: string): string {
  return `c-${id.replace(/[^\w-]/g, '-')}`;
}

function tag(label: Label): string {
  return `<span class="tag ${label}">${LABEL_TAG[label]}</span>`;
}

export function renderHtml(report: Report): string {
  const names = documentNames(report);
  const index = indexClaims(report);
  const conflicts = conflictPairs(report, index);
  const agreements = agreementPairs(report, index, conflicts);
  const ref = (r: ClaimRef): string =>
    `${escapeHtml(names[r.document])} <a class="id" href="#${anchor(r.claim.id)}">${escapeHtml(r.claim.id)}</a>`;
  const s = report.summary;
  const out: string[] = [];

  const title = `Source Compare: ${names.join(' · ')}`;
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`, `<style>\n${CSS}\n</style>`, '</head>', '<body>');

  out.push('<header>', '<h1>Source Compare report</h1>',
    `<p>${plural(report.documents.length, 'document')}, ${plural(s.claims, 'claim')}: `
    + `${tag('agreement')}${s.agreement} ${tag('discrepancy')}${s.discrepancy} ${tag('unique')}${s.unique}</p>`, '</header>');

  out.push('<section id="summary">', '<h2>Summary</h2>', '<table>',
    '<thead><tr><th>Document</th><th>Title</th><th>Date</th><th class="num">Claims</th><th class="num">Agree</th>'
    + '<th class="num">Conflict</th><th class="num">Unique</th></tr></thead>', '<tbody>');
  report.documents.forEach((doc, d) => {
    const c = countLabels(doc);
    out.push(`<tr><td>${escapeHtml(names[d])}</td><td>${doc.title ? escapeHtml(doc.title) : '—'}</td>`
      + `<td>${doc.date ? escapeHtml(doc.date) : '—'}</td><td class="num">${c.claims}</td><td class="num">${c.agreement}</td>`
      + `<td class="num">${c.discrepancy}</td><td class="num">${c.unique}</td></tr>`);
  });
  out.push(`<tr><th>Total</th><td></td><td></td><td class="num">${s.claims}</td><td class="num">${s.agreement}</td>`
    + `<td class="num">${s.discrepancy}</td><td class="num">${s.unique}</td></tr>`, '</tbody>', '</table>');
  report.documents.forEach((doc, d) => {
    if (doc.notice) out.push(`<p class="notice"><strong>Note on ${escapeHtml(names[d])}:</strong> ${escapeHtml(doc.notice)}</p>`);
  });
  out.push('</section>');

  out.push('<section id="conflicts">', `<h2>Conflicts (${conflicts.length})</h2>`);
  if (!conflicts.length) out.push('<p class="muted">No conflicting claims.</p>');
  for (const p of conflicts) {
    const diff = wordDiff(p.a.claim.text, p.b.claim.text);
    out.push('<div class="card conflict">', `<h3>${tag('discrepancy')}${ref(p.a)} ↔ ${ref(p.b)}</h3>`);
    if (p.discrepancies.length) {
      out.push('<ul class="messages">');
      for (const d of p.discrepancies) {
        out.push(`<li><strong>${escapeHtml(d.kind)}</strong>: ${escapeHtml(d.message)} `
          + `<span class="muted">(<mark>${escapeHtml(d.here.text)}</mark> / <mark>${escapeHtml(d.there.text)}</mark>)</span></li>`);
      }
      out.push('</ul>');
    }
    out.push('<div class="sides">',
      `<blockquote><cite>${ref(p.a)}</cite>${segmentsHtml(diff.left, 'del')}</blockquote>`,
      `<blockquote><cite>${ref(p.b)}</cite>${segmentsHtml(diff.right, 'ins')}</blockquote>`, '</div>', '</div>');
  }
  out.push('</section>');

  out.push('<section id="agreements">', `<h2>Agreements (${agreements.length})</h2>`);
  if (!agreements.length) out.push('<p class="muted">No claims said by more than one source.</p>');
  for (const p of agreements) {
    out.push('<div class="card agreement">', `<h3>${tag('agreement')}${ref(p.a)} ↔ ${ref(p.b)} `
      + `<span class="muted">score ${formatScore(p.score)}</span></h3>`, '<div class="sides">',
      `<blockquote><cite>${ref(p.a)}</cite>${escapeHtml(p.a.claim.text)}</blockquote>`,
      `<blockquote><cite>${ref(p.b)}</cite>${escapeHtml(p.b.claim.text)}</blockquote>`, '</div>', '</div>');
  }
  out.push('</section>');

  out.push('<section id="unique">', '<h2>Unique claims</h2>');
  report.documents.forEach((doc, d) => {
    const unique = doc.claims.filter((c) => c.label === 'unique');
    out.push(`<h3>${escapeHtml(names[d])} (${unique.length})</h3>`);
    if (!unique.length) out.push('<p class="muted">None: every claim is said by another source.</p>');
    else {
      out.push('<ul>');
      for (const c of unique) out.push(`<li><span class="id">${escapeHtml(c.id)}</span> ${escapeHtml(c.text)}</li>`);
      out.push('</ul>');
    }
  });
  out.push('</section>');

  // Every claim gets an anchor so the links above always land somewhere.
  out.push('<section id="documents">', '<h2>All claims</h2>');
  report.documents.forEach((doc, d) => {
    out.push(`<h3>${escapeHtml(names[d])}</h3>`, '<ol>');
    for (const c of doc.claims) {
      out.push(`<li id="${anchor(c.id)}">${tag(c.label)}<span class="id">${escapeHtml(c.id)}</span> ${escapeHtml(c.text)}</li>`);
    }
    out.push('</ol>');
  });
  out.push('</section>', '</body>', '</html>', '');
  return out.join('\n');
}
