// Hover Markdown escaping (src/extension/hoverMarkdown.ts), rendered with markdown-it (CommonMark, with
// linkify on like VS Code's GFM autolinks): hostile article text must come out as plain text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, wordDiffMarkdown } from '../../src/extension/hoverMarkdown';

// markdown-it comes with @vscode/vsce (a dev dependency) and ships no types: declare the one call used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { renderInline(src: string): string };

const md = new MarkdownIt({ html: true, linkify: true });
const HOSTILE = [
  '[approved](command:workbench.action.files.delete)',
  '<img src="http://example.invalid/tracker.png">',
  '<script>alert(1)</script>',
  '[here](javascript:alert(1))',
  '![pixel](http://example.invalid/pixel.png)',
  '**bold** _em_ `code` ~~gone~~ # heading',
  'https://example.invalid/page www.example.invalid mail@example.invalid',
  '&amp; &lt;b&gt; \\*already escaped\\*',
  '$(alert) theme icon',
  '1. list item\n> quote\n    code block',
].join('\n');

describe('escapeMarkdown', () => {
  it('renders hostile text as exactly that text, with no link, image, HTML or emphasis', () => {
    const html = md.renderInline(escapeMarkdown(HOSTILE));
    assert.doesNotMatch(html, /<(?:a|img|script|strong|em|code|s|b)\b/);
    // Decoding the few entities markdown-it emits gives back the original text (whitespace collapsed).
    const text = html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.equal(text, HOSTILE.replace(/\s+/g, ' '));
  });
});

describe('wordDiffMarkdown', () => {
  it('marks other wording in italics and strikes words only this claim has', () => {
    const out = wordDiffMarkdown('About 18,000 vehicles cross the bridge', 'About 25,000 vehicles cross the bridge');
    assert.ok(out.includes('~~18\\,000~~ *25\\,000*'), out);
    assert.match(md.renderInline(out), /<em>25,000<\/em>/);
  });

  it('puts the deciding words in bold, and every mark renders (none left showing beside punctuation)', () => {
    const here = '"We saw the river rise this fast," said Governor Elena Marsh in Belovo.';
    const there = '"We saw it rise so quickly", Governor Elena Marsh said, in Dravik!';
    const span = (text: string, word: string) => [{ start: text.indexOf(word), end: text.indexOf(word) + word.length }];
    const out = wordDiffMarkdown(here, there, { here: span(here, 'Belovo'), there: span(there, 'Dravik') });
    const html = md.renderInline(out);
    assert.ok(!html.includes('*') && !html.includes('~~'), html);
    assert.match(html, /<strong>Dravik!<\/strong>/);
    assert.match(html, /<strong><s>Belovo\.<\/s><\/strong>/);
    assert.match(html, /<em>said,<\/em>/);
  });

  it('keeps hostile words inert inside the diff marks', () => {
    const out = wordDiffMarkdown('Read the notice.', 'Read the <img src=x> [notice](command:evil).');
    assert.doesNotMatch(md.renderInline(out), /<(?:a|img)\b/);
  });
});
