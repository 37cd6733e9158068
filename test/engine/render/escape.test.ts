/**
 * Every escaper (render/escape.ts): article text made inert for Markdown read as source, Markdown
 * only rendered (hovers), HTML, and the terminal.
 */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, escapeMarkdown, escapeMarkdownStrict, terminalName, terminalText } from '../../../src/engine/render/escape';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** The text with every backslash escape (a backslash and the character after it) taken out. */
const unescaped = (s: string): string => s.replace(/\\[\s\S]/g, '');
const hostile = fc.array(fc.constantFrom('a', 'B', ' ', '\n', '\t', '<', '>', '&', '"', "'", '*', '_', '`', '[', ']', '(', ')', '#', '|', '~', '$', '!', '\\',
  '.', ':', '@', '-', '1', 'https://', 'www.', '.com', '\u001b', '\u0007', '\u009b', '\u202e', '\u2066', 'é', '\ud83d\ude00'), { maxLength: 40 }).map((xs) => xs.join(''));

describe('render/escape: escapeMarkdown', () => {
  it('makes links, domains and e-mail addresses inert, other dots stay', () => {
    assert.equal(escapeMarkdown('see https://evil.example/x and www.evil.test.org, mail me@host.com, herald.md 3.5'),
      'see https\\://evil.example/x and www\\.evil\\.test\\.org, mail me\\@host\\.com, herald.md 3.5');
  });

  it('escapes line-start constructs and drops controls and bidi characters', () => {
    assert.equal(escapeMarkdown('+ plus'), '\\+ plus');
    assert.equal(escapeMarkdown('= eq'), '\\= eq');
    assert.equal(escapeMarkdown('1) one'), '1\\) one');
    assert.equal(escapeMarkdown('Sir\u0007 \u202etxt\u001b[0m'), 'Sir txt\\[0m');
    assert.equal(escapeMarkdown('$(icon) ![i](x)'), '\\$(icon) \\!\\[i\\](x)');
  });

  it('leaves no unescaped Markdown or HTML starter and no line break', () => {
    fc.assert(fc.property(hostile, (s) => {
      const out = escapeMarkdown(s);
      assert.doesNotMatch(unescaped(out), /[\\`*_[\]<>#|~&$!\n\r\u0000-\u0008\u001b\u202e\u2066]/);
      assert.doesNotMatch(out, /^[-+=]|^\d{1,9}[.)]/);
    }), { numRuns: 500 });
  });
});

describe('render/escape: escapeMarkdownStrict', () => {
  it('escapes every ASCII punctuation character, whitespace flattened', () => {
    assert.equal(escapeMarkdownStrict('$(icon) ![i](x)'), '\\$\\(icon\\) \\!\\[i\\]\\(x\\)');
    assert.equal(escapeMarkdownStrict(' a\n\n b\u0007 '), 'a b');
    assert.equal(escapeMarkdownStrict('plain words é'), 'plain words é');
  });

  it('no ASCII punctuation survives unescaped', () => {
    fc.assert(fc.property(hostile, (s) => {
      const out = escapeMarkdownStrict(s);
      assert.doesNotMatch(unescaped(out), ASCII_PUNCTUATION);
      assert.doesNotMatch(out, /[\n\t\u001b\u0007\u202e]/);
    }), { numRuns: 500 });
  });
});

describe('render/escape: escapeHtml', () => {
  it('escapes the five characters and nothing else', () => {
    assert.equal(escapeHtml('Tom & "Jerry" <b>\'s</b> é'), 'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt; é');
    assert.equal(escapeHtml('plain (text) [1]'), 'plain (text) [1]');
  });

  it('leaves only its own entities and round-trips', () => {
    const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
    fc.assert(fc.property(hostile, (s) => {
      const out = escapeHtml(s);
      assert.doesNotMatch(out, /[<>"']/);
      assert.doesNotMatch(out, /&(?!(amp|lt|gt|quot|#39);)/);
      assert.equal(decode(out), s);
    }), { numRuns: 500 });
  });
});

describe('render/escape: the terminal', () => {
  it('terminalText shows controls and bidi characters escaped, on one line', () => {
    assert.equal(terminalText('a\u001b[2J\tb\n\u202ec\u009b'), 'a\\x1b[2J b \\u202ec\\x9b');
    assert.equal(terminalText('  two\n\nlines  '), 'two lines');
  });

  it('terminalName keeps a name exact, spaces included, every control shown', () => {
    assert.equal(terminalName(' a\nb\t\u001b.txt '), ' a\\x0ab\\x09\\x1b.txt ');
    assert.equal(terminalName('Ferry report (2).md'), 'Ferry report (2).md');
  });

  it('no control or bidi character reaches the terminal', () => {
    const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    fc.assert(fc.property(hostile, (s) => {
      assert.doesNotMatch(terminalText(s), unsafe);
      assert.doesNotMatch(terminalName(s), unsafe);
    }), { numRuns: 500 });
  });
});
