/** Decoding rules for article files (design.md: offsets index the decoded text). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, NotTextError } from '../../src/cli/io';

const TEXT = 'Fire on the “Saint Odile” — 212 rescued.\r\nÉtienne said so. 🚢\n';

describe('decodeText', () => {
  it('UTF-8 as is; BOM removed; line endings kept', () => {
    assert.deepEqual(decodeText(Buffer.from(TEXT)), { text: TEXT, encoding: 'utf-8', replaced: 0 });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    assert.deepEqual(decodeText(bom), { text: TEXT, encoding: 'utf-8', replaced: 0 });
  });

  it('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    assert.deepEqual(decodeText(le), { text: TEXT, encoding: 'utf-16le', replaced: 0 });
    const body = Buffer.from(TEXT, 'utf16le');
    body.swap16();
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), body])), { text: TEXT, encoding: 'utf-16be', replaced: 0 });
  });

  it('empty input is empty text', () => {
    assert.deepEqual(decodeText(Buffer.alloc(0)), { text: '', encoding: 'utf-8', replaced: 0 });
  });

  it('replaces a few invalid sequences, counting only real replacements', () => {
    const bytes = Buffer.concat([Buffer.from('A real \uFFFD stays. Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, on the harbour front today.')]);
    const d = decodeText(bytes);
    assert.equal(d.replaced, 1);
    assert.equal(d.text, 'A real \uFFFD stays. Caf\uFFFD au lait, on the harbour front today.');
  });

  it('refuses binary: NUL-heavy, invalid-UTF-8-heavy, control-heavy', () => {
    assert.throws(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])), NotTextError);
    assert.throws(() => decodeText(Buffer.from(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 60)))), NotTextError);
    assert.throws(() => decodeText(Buffer.from('\u0001\u0002\u0003\u0004abc\u0005\u0006')), NotTextError);
    assert.throws(() => decodeText(Buffer.from('Ferry fire in the strait.', 'utf16le')), /UTF-16 without a byte-order mark/);
  });

  it('tolerates a stray NUL or control character in a long text', () => {
    const text = `${'The ferry crossed the strait at night. '.repeat(20)}\u0000\u0007 end.`;
    assert.equal(decodeText(Buffer.from(text)).text, text);
  });
});
