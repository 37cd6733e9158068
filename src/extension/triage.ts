/**
 * Triage, as users of cspell, LTeX and Error Lens expect it: code actions (the light bulb, Ctrl+.)
 * on every compared claim — "Not the same fact — dismiss", "Mark as reviewed", on a unique claim
 * "Link to a claim in the other article…", "Undo" on a decided one, and Copy Finding — and the
 * commands behind them. Decisions go to the DecisionStore; the engine applies them to the next
 * result (src/engine/pipeline/decisions.ts), so nothing here judges claims itself.
 */
import * as vscode from 'vscode';
import { decide, type DecisionAction } from '../engine/pipeline/decision-keys';
import type { Report, ReportClaim } from '../engine/report/types';
import { buildCitation } from './citation';
import { ARTICLE_SCHEMES, COMMANDS } from './commands';
import type { Comparisons } from './controller';
import { lineColumn, outletOf } from './provenance';
import type { ComparisonSession } from './session';

/** A claim of a comparison, as the commands name it: the article's URI and the claim's id. */
export interface ClaimTarget {
  session: ComparisonSession;
  report: Report;
  index: number;
  claim: ReportClaim;
}

/** The claim named by (uri, claim id), or the one at the cursor. */
export function resolveClaim(c: Comparisons, uri?: string, claimId?: string): ClaimTarget | undefined {
  if (typeof uri === 'string' && typeof claimId === 'string') {
    const u = vscode.Uri.parse(uri);
    const session = c.sessionFor(u);
    const report = session?.result?.report;
    const index = session ? session.indexOf(u) : -1;
    const claim = report && index >= 0 ? report.documents[index].claims.find((x) => x.id === claimId) : undefined;
    return session && report && claim ? { session, report, index, claim } : undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const hit = editor && c.claimAt(editor.document, editor.selection.active);
  const report = hit?.session.result?.report;
  return hit && report ? { session: hit.session, report, index: hit.index, claim: hit.claim } : undefined;
}

/** The other claims a finding is about: each conflicting passage's claim and each match, once, conflicts first. */
export function counterpartsOf(claim: ReportClaim): { document: number; claim: string }[] {
  const out: { document: number; claim: string }[] = [];
  const add = (document: number, id: string) => {
    if (!out.some((x) => x.document === document && x.claim === id)) out.push({ document, claim: id });
  };
  for (const d of claim.discrepancies) add(d.there.document, d.there.claim);
  for (const m of claim.matches) add(m.document, m.claim);
  return out;
}

export class TriageFeature implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.Empty];
  private readonly registration: vscode.Disposable;

  constructor(private readonly c: Comparisons) {
    this.registration = vscode.languages.registerCodeActionsProvider(ARTICLE_SCHEMES.map((scheme) => ({ scheme })), this, {
      providedCodeActionKinds: TriageFeature.kinds,
    });
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const hit = this.c.claimAt(doc, range.start);
    const report = hit?.session.result?.report;
    if (!hit || !report) return [];
    const uri = doc.uri.toString();
    const claim = hit.claim;
    const many = report.documents.length > 2;
    const vs = (document: number) => (many ? ` (${outletOf(report.documents[document])})` : '');
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string, args: unknown[], kind = vscode.CodeActionKind.QuickFix) => {
      const a = new vscode.CodeAction(title, kind);
      a.command = { title, command, arguments: args };
      actions.push(a);
      return a;
    };
    const decided = new Set((claim.decisions ?? []).map((m) => `${m.document}:${m.claim}`));
    for (const other of counterpartsOf(claim)) {
      if (decided.has(`${other.document}:${other.claim}`)) continue;
      const a = action(`Not the same fact — dismiss${vs(other.document)}`, COMMANDS.dismissFinding, [uri, claim.id, other.document, other.claim]);
      if (claim.label === 'discrepancy') a.isPreferred = true;
      action(`Mark as reviewed${vs(other.document)}`, COMMANDS.markReviewed, [uri, claim.id, other.document, other.claim]);
    }
    if (claim.label === 'unique') {
      action('Link to a claim in the other article…', COMMANDS.linkClaim, [uri, claim.id]);
      if (!decided.has(`${hit.index}:${claim.id}`)) action('Mark as reviewed', COMMANDS.markReviewed, [uri, claim.id]);
    }
    for (const m of claim.decisions ?? []) {
      const what = m.action === 'dismiss' ? 'dismissal' : m.action === 'review' ? '“reviewed”' : 'link';
      action(`Undo ${what}${m.document !== hit.index ? vs(m.document) : ''}`, COMMANDS.undoDecision, [uri, claim.id, m.document, m.claim]);
    }
    action('Copy finding (Markdown)', COMMANDS.copyFinding, [uri, claim.id, 'markdown'], vscode.CodeActionKind.Empty);
    action('Copy finding as plain text', COMMANDS.copyFinding, [uri, claim.id, 'plain'], vscode.CodeActionKind.Empty);
    return actions;
  }

  /** Records a decision about (uri, claim) against (other document, other claim). */
  async decide(action: DecisionAction, uri?: string, claimId?: string, other?: number, otherClaim?: string): Promise<boolean> {
    const t = resolveClaim(this.c, uri, claimId);
    if (!t) return false;
    let [doc, id] = [other, otherClaim];
    if (action !== 'review' && (doc === undefined || id === undefined)) {
      const first = counterpartsOf(t.claim)[0];
      if (!first) return false;
      [doc, id] = [first.document, first.claim];
    }
    await this.c.decisions.add(decide(t.report, action, t.index, t.claim.id, doc, id, new Date().toISOString()));
    const word = action === 'dismiss' ? 'dismissed' : action === 'review' ? 'marked as reviewed' : 'linked';
    void vscode.window.setStatusBarMessage(`Source Compare: finding ${word} — Undo with “Source Compare: Undo Decision”`, 5000);
    return true;
  }

  /** Asks which claim of the other article a unique claim is the same fact as (closest first), and links them. */
  async link(uri?: string, claimId?: string, other?: number, otherClaim?: string): Promise<boolean> {
    const t = resolveClaim(this.c, uri, claimId);
    if (!t) return false;
    if (typeof other === 'number' && typeof otherClaim === 'string') return this.decide('link', uri ?? t.session.documents[t.index].uri.toString(), t.claim.id, other, otherClaim);
    const docs = t.report.documents;
    const near = new Map((t.claim.nearest ?? []).map((n) => [`${n.document}:${n.claim}`, n.score]));
    const items = docs.flatMap((d, document) =>
      document === t.index
        ? []
        : d.claims.map((c) => {
            const text = t.session.textOf(document);
            const at = text !== undefined ? lineColumn(text, c.start) : undefined;
            const score = near.get(`${document}:${c.id}`);
            return {
              label: c.text.replace(/\s+/g, ' ').trim(),
              description: `${outletOf(d)}${at ? `, line ${at.line}:${at.column}` : ''}${score !== undefined ? ` · closest, ${score.toFixed(2)}` : ''}`,
              document,
              claim: c.id,
              score: score ?? -1,
            };
          }),
    );
    items.sort((a, b) => b.score - a.score);
    const picked = await vscode.window.showQuickPick(items, { title: 'Link to a claim in the other article', placeHolder: 'The claim that states the same fact', matchOnDescription: true });
    if (!picked) return false;
    return this.decide('link', t.session.documents[t.index].uri.toString(), t.claim.id, picked.document, picked.claim);
  }

  /** Undoes the decision on (uri, claim) against (other, otherClaim); with no arguments, the last decision made. */
  async undo(uri?: string, claimId?: string, other?: number, otherClaim?: string): Promise<boolean> {
    const t = typeof uri === 'string' ? resolveClaim(this.c, uri, claimId) : undefined;
    if (t && typeof other === 'number' && typeof otherClaim === 'string') {
      const mark = t.claim.decisions?.find((m) => m.document === other && m.claim === otherClaim);
      if (!mark) return false;
      const same = other === t.index && otherClaim === t.claim.id;
      return this.c.decisions.remove(decide(t.report, mark.action, t.index, t.claim.id, same ? undefined : other, same ? undefined : otherClaim));
    }
    const done = await this.c.decisions.undo();
    if (!done) void vscode.window.setStatusBarMessage('Source Compare: no decision to undo', 3000);
    return done;
  }

  /** Puts the finding about (uri, claim) on the clipboard, as Markdown or plain text; resolves to the text. */
  async copy(uri?: string, claimId?: string, format: 'markdown' | 'plain' = 'markdown'): Promise<string | undefined> {
    const t = resolveClaim(this.c, uri, claimId);
    if (!t) return undefined;
    const citation = buildCitation({ report: t.report, index: t.index, claim: t.claim, texts: t.session.documents.map((_d, i) => t.session.textOf(i)) });
    const text = format === 'plain' ? citation.plain : citation.markdown;
    await vscode.env.clipboard.writeText(text);
    void vscode.window.setStatusBarMessage(`Source Compare: finding copied (${format === 'plain' ? 'plain text' : 'Markdown'})`, 3000);
    return text;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
