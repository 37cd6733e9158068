/**
 * One list of every finding: the Source Compare view in the explorer. Every compared article (by
 * outlet, headline and date), then its findings grouped by kind — each discrepancy kind, unique
 * claims, agreements, and what a person dismissed — each finding with its line, the other source,
 * and its reviewed / dismissed state. Filters choose which groups show; the view's badge counts the
 * open discrepancies; clicking a finding reveals it; inline actions dismiss, review, link, undo and
 * copy it. It follows every comparison (several at once: each article under the comparison it shows).
 */
import * as vscode from 'vscode';
import type { DiscrepancyKind, ReportClaim } from '../engine/report/types';
import { COMMANDS } from './commands';
import type { Comparisons } from './controller';
import { describeSource, lineColumn, outletOf, shortSource } from './provenance';
import type { ComparisonSession } from './session';

export const FINDINGS_VIEW = 'sourceCompare.findings';

/** What the filters can show. */
export type FindingFilter = 'discrepancy' | 'unique' | 'agreement' | 'reviewed' | 'dismissed';
export const ALL_FILTERS: readonly FindingFilter[] = ['discrepancy', 'unique', 'agreement', 'reviewed', 'dismissed'];
const DEFAULT_FILTERS: readonly FindingFilter[] = ['discrepancy', 'unique', 'reviewed', 'dismissed'];
const FILTER_LABEL: Record<FindingFilter, string> = {
  discrepancy: 'Conflicts',
  unique: 'Unique claims',
  agreement: 'Agreements',
  reviewed: 'Reviewed findings',
  dismissed: 'Dismissed findings',
};

type Node =
  | { type: 'article'; session: ComparisonSession; index: number }
  | { type: 'group'; session: ComparisonSession; index: number; group: string; claims: ReportClaim[] }
  | { type: 'finding'; session: ComparisonSession; index: number; group: string; claim: ReportClaim };

/** A plain snapshot of the tree as shown (the test API reads it). */
export interface FindingsSnapshot {
  label: string;
  description?: string;
  contextValue?: string;
  children?: FindingsSnapshot[];
}

export class FindingsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private filters: Set<FindingFilter>;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly c: Comparisons, private readonly state: vscode.Memento) {
    const saved = state.get<FindingFilter[]>('findings.filters');
    this.filters = new Set(saved?.filter((f) => ALL_FILTERS.includes(f)) ?? DEFAULT_FILTERS);
    this.view = vscode.window.createTreeView(FINDINGS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [this.view, this.changed, c.onDidRender(() => this.refresh()), c.onDidEnd(() => this.refresh())];
    this.refresh();
  }

  /** The filters in force. */
  get shown(): FindingFilter[] {
    return ALL_FILTERS.filter((f) => this.filters.has(f));
  }

  async setFilters(filters: readonly FindingFilter[]): Promise<void> {
    this.filters = new Set(filters);
    await this.state.update('findings.filters', this.shown);
    this.refresh();
  }

  /** Asks which kinds of finding to show. */
  async pickFilters(): Promise<void> {
    const items = ALL_FILTERS.map((f) => ({ label: FILTER_LABEL[f], filter: f, picked: this.filters.has(f) }));
    const picked = await vscode.window.showQuickPick(items, { title: 'Show in the Source Compare view', canPickMany: true });
    if (picked) await this.setFilters(picked.map((p) => p.filter));
  }

  refresh(): void {
    const open = this.articles().reduce((n, a) => n + a.session.result!.report.documents[a.index].claims.filter((c) => c.label === 'discrepancy' && !reviewed(c)).length, 0);
    this.view.badge = open ? { value: open, tooltip: `${open} conflicting claim${open === 1 ? '' : 's'} not yet reviewed` } : undefined;
    const hidden = ALL_FILTERS.filter((f) => !this.filters.has(f)).map((f) => FILTER_LABEL[f].toLowerCase());
    this.view.description = hidden.length ? `hiding ${hidden.join(', ')}` : undefined;
    this.changed.fire(undefined);
  }

  /** The tree as shown, fully expanded (test API). */
  snapshot(): FindingsSnapshot[] {
    const walk = (n: Node): FindingsSnapshot => {
      const item = this.getTreeItem(n);
      const children = this.getChildren(n);
      return {
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        ...(item.description ? { description: String(item.description) } : {}),
        ...(item.contextValue ? { contextValue: item.contextValue } : {}),
        ...(children.length ? { children: children.map(walk) } : {}),
      };
    };
    return this.getChildren().map(walk);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.articles().map((a) => ({ type: 'article', ...a }));
    if (node.type === 'finding') return [];
    const report = node.session.result?.report;
    if (!report) return [];
    if (node.type === 'group') return node.claims.map((claim) => ({ type: 'finding', session: node.session, index: node.index, group: node.group, claim }));
    const claims = report.documents[node.index].claims;
    const groups: Node[] = [];
    const group = (name: string, list: ReportClaim[]) => {
      if (list.length) groups.push({ type: 'group', session: node.session, index: node.index, group: name, claims: list });
    };
    const visible = (c: ReportClaim) => this.filters.has('reviewed') || !reviewed(c);
    if (this.filters.has('discrepancy')) {
      const kinds = new Map<DiscrepancyKind, ReportClaim[]>();
      for (const c of claims.filter((x) => x.label === 'discrepancy' && visible(x))) {
        for (const k of new Set(c.discrepancies.map((d) => d.kind))) kinds.set(k, [...(kinds.get(k) ?? []), c]);
      }
      for (const [k, list] of [...kinds].sort((a, b) => (a[0] < b[0] ? -1 : 1))) group(`conflict: ${k}`, list);
    }
    if (this.filters.has('unique')) group('unique', claims.filter((x) => x.label === 'unique' && !dismissed(x) && visible(x)));
    if (this.filters.has('agreement')) group('agreement', claims.filter((x) => x.label === 'agreement' && visible(x)));
    if (this.filters.has('dismissed')) group('dismissed', claims.filter(dismissed));
    return groups;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const report = node.session.result!.report;
    const docs = report.documents;
    if (node.type === 'article') {
      const claims = docs[node.index].claims;
      const n = (l: ReportClaim['label']) => claims.filter((c) => c.label === l).length;
      const item = new vscode.TreeItem(shortSource(node.index, docs), vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${n('discrepancy')} conflict · ${n('unique')} unique · ${n('agreement')} agree`;
      item.tooltip = `${describeSource(node.index, docs)}\n${docs[node.index].path}${node.session.isClosed(node.index) ? '\n(closed: compared as it was)' : ''}`;
      item.iconPath = new vscode.ThemeIcon(node.session.isClosed(node.index) ? 'file-symlink-file' : 'file-text');
      item.resourceUri = node.session.documents[node.index].uri;
      item.contextValue = 'article';
      item.id = `${node.session.id}/${node.index}`;
      return item;
    }
    if (node.type === 'group') {
      const title = node.group === 'unique' ? 'Unique' : node.group === 'agreement' ? 'Agreements' : node.group === 'dismissed' ? 'Dismissed by you' : `Conflict — ${node.group.slice('conflict: '.length)}`;
      const item = new vscode.TreeItem(title, node.group === 'agreement' || node.group === 'dismissed' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.claims.length);
      item.contextValue = `group.${node.group.split(':')[0]}`;
      item.id = `${node.session.id}/${node.index}/${node.group}`;
      return item;
    }
    const claim = node.claim;
    const text = node.session.textOf(node.index);
    const at = text !== undefined ? lineColumn(text, claim.start) : undefined;
    const others = [...new Set([...claim.discrepancies.map((d) => d.there.document), ...claim.matches.map((m) => m.document)])].map((d) => outletOf(docs[d]));
    const state = dismissed(claim) ? 'dismissed' : reviewed(claim) ? 'reviewed' : claim.decisions?.some((m) => m.action === 'link') ? 'linked' : undefined;
    const item = new vscode.TreeItem(claim.text.replace(/\s+/g, ' ').trim(), vscode.TreeItemCollapsibleState.None);
    item.description = [at ? `line ${at.line}` : undefined, others.length ? `vs ${others.join(', ')}` : undefined, state].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendText(`${claim.reason}\n\n`);
    for (const d of claim.discrepancies) tooltip.appendText(`• ${d.message}\n`);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(
      state === 'dismissed' ? 'circle-slash' : state === 'reviewed' ? 'pass-filled' : claim.label === 'discrepancy' ? 'warning' : claim.label === 'unique' ? 'circle-outline' : 'pass',
    );
    item.contextValue = `finding.${claim.label}${state ? `.${state}` : ''}`;
    item.id = `${node.session.id}/${node.index}/${node.group}/${claim.id}`;
    const uri = node.session.documents[node.index].uri.toString();
    item.command = { title: 'Reveal', command: COMMANDS.revealFinding, arguments: [uri, claim.id] };
    return item;
  }

  /** Each compared article once, under the comparison it shows (see Comparisons.sessionFor). */
  private articles(): { session: ComparisonSession; index: number }[] {
    const out: { session: ComparisonSession; index: number }[] = [];
    const seen = new Set<string>();
    for (const s of this.c.list) {
      if (!s.result) continue;
      for (const [i, d] of s.documents.entries()) {
        const key = d.uri.toString();
        if (seen.has(key) || this.c.sessionFor(d.uri) !== s) continue;
        seen.add(key);
        out.push({ session: s, index: i });
      }
    }
    return out;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The view item's arguments for the inline actions: (uri, claim id) of the finding. */
export function findingArgs(item: unknown): [string, string] | undefined {
  const cmd = (item as { command?: vscode.Command } | undefined)?.command;
  const args = cmd?.arguments;
  return Array.isArray(args) && typeof args[0] === 'string' && typeof args[1] === 'string' ? [args[0], args[1]] : undefined;
}

function dismissed(c: ReportClaim): boolean {
  return !!c.decisions?.some((m) => m.action === 'dismiss');
}

function reviewed(c: ReportClaim): boolean {
  return !!c.decisions?.some((m) => m.action === 'review');
}
