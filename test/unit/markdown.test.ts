// Hover Markdown escaping (src/extension/markdown.ts), rendered with markdown-it (CommonMark, with
// linkify on like VS Code's GFM autolinks): hostile article text must come out as plain text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, wordDiffMarkdown } from '../../src/extension/markdown';

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
  it('bolds words only the counterpart has and strikes words only this claim has', () => {
    const out = wordDiffMarkdown('About 18,000 vehicles cross the bridge', 'About 25,000 vehicles cross the bridge');
    assert.ok(out.includes('~~18\\,000~~ **25\\,000**'), out);
    assert.match(md.renderInline(out), /<strong>25,000<\/strong>/);
  });

  it('keeps hostile words inert inside the diff marks', () => {
    const out = wordDiffMarkdown('Read the notice.', 'Read the <img src=x> [notice](command:evil).');
    assert.doesNotMatch(md.renderInline(out), /<(?:a|img)\b/);
  });
});
