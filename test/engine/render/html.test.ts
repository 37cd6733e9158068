/** The HTML renderer (the static report page) on the hand-built report: inert, escaped, sections in order. */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, render, renderHtml, renderReportPage } from '../../../src/engine/render';
import { assertInertHtml } from '../../cli/helpers';
import { sampleReport } from './sample-report';

describe('render: html', () => {
  const out = renderHtml(sampleReport());

  it('is the static report page: CSP, inline CSS with light and dark, no scripts or remote resources', () => {
    assert.match(out, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(out.includes(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`));
    assert.match(out, /@media \(prefers-color-scheme: dark\)/);
    assertInertHtml(out);
    assert.doesNotMatch(out, /https?:\/\/(?!x)/i);
    assert.equal(out, renderReportPage(sampleReport()), 'renderHtml is the non-interactive page');
    assert.equal(render(sampleReport(), 'html'), out);
  });

  it('escapes all article text', () => {
    assert.ok(out.includes('The mayor said &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;'));
    assert.ok(out.includes('&lt;img src=http://x onerror=alert(1)&gt;'));
    assert.ok(out.includes('<td>Ferry &lt;b&gt;fire&lt;/b&gt; &amp; rescue</td>'));
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('marks the differing words on both sides, sections in order, links land on claims', () => {
    assert.ok(out.includes('The ferry carried <mark>212</mark> passengers on Tuesday.'));
    assert.ok(out.includes('The <mark>Saint Odile</mark> ferry carried <mark>214</mark> passengers on Tuesday.'));
    assert.equal(out.split('Number differs').length - 1, 1, 'the mirrored discrepancy is listed once');
    const order = ['id="summary"', 'id="pairs"', 'id="kinds"', 'id="coverage"', 'id="discrepancies"', 'id="unique"', 'id="agreements"']
      .map((s) => out.indexOf(s));
    assert.ok(order.every((v, i) => v > 0 && (i === 0 || v > order[i - 1])), `sections in order: ${order}`);
    assert.ok(!out.includes('id="matrix"'), 'no source × source matrix for two sources');
    for (const m of out.matchAll(/href="#([^"]+)"/g)) assert.ok(out.includes(`id="${m[1]}"`), `anchor ${m[1]} exists`);
  });
});
