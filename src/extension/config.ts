/**
 * Typed view of the `sourceCompare.*` settings. The interface mirrors `contributes.configuration`
 * in package.json; `readSettings()` is called whenever a feature needs settings and again after
 * `onDidChangeConfiguration`, so nothing is cached in a module-global (house style 9).
 */
import * as vscode from 'vscode';
import type { Label } from '../engine/report/types';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type HoverDetail = 'full' | 'brief' | 'off';

export interface Settings {
  /** Minimum similarity in [0, 1] for two claims to count as the same; null = the engine's default. */
  matchThreshold: number | null;
  /** Which labels are drawn in the editor (decorations, gutter icons, overview ruler). */
  labels: Label[];
  /** Draw a gutter icon per line, shaped by the most severe label on that line. */
  gutterIcons: boolean;
  /** Show "≠ kind" after each discrepant claim (an inlay hint). */
  inlineLabels: boolean;
  diagnostics: {
    /** Report discrepancies in the Problems panel. */
    enabled: boolean;
    /** Severity of a discrepancy diagnostic. */
    severity: SeverityName;
    /** Also report claims only this article makes, as hints. */
    uniqueAsHints: boolean;
  };
  /** Quiet time after an edit before the comparison re-runs, in milliseconds. */
  debounceMs: number;
  hover: {
    /** `full`: counterpart with word diff, messages, score, links; `brief`: label and reason; `off`: no hover. */
    detail: HoverDetail;
  };
  /** Articles longer than this many characters are compared only after the user says so. */
  maxArticleSize: number;
  /** Also find counterparts by meaning with the bundled sentence encoder (all-MiniLM-L6-v2, offline). */
  meaning: boolean;
}

export const SECTION = 'sourceCompare';
export const DEFAULT_MAX_ARTICLE_SIZE = 2_000_000;
const ALL_LABELS: readonly Label[] = ['agreement', 'discrepancy', 'unique'];

/** Reads the settings for `scope` (a document's URI, so folder settings apply). */
export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const threshold = c.get<number | null>('matchThreshold', null);
  const labels = c.get<string[]>('labels', [...ALL_LABELS]).filter((l): l is Label => (ALL_LABELS as readonly string[]).includes(l));
  return {
    matchThreshold: typeof threshold === 'number' && threshold >= 0 && threshold <= 1 ? threshold : null,
    labels,
    gutterIcons: c.get<boolean>('gutterIcons', true),
    inlineLabels: c.get<boolean>('inlineLabels', true),
    diagnostics: {
      enabled: c.get<boolean>('diagnostics.enabled', true),
      severity: c.get<SeverityName>('diagnostics.severity', 'warning'),
      uniqueAsHints: c.get<boolean>('diagnostics.uniqueAsHints', true),
    },
    debounceMs: Math.max(0, c.get<number>('debounceMs', 400)),
    hover: { detail: c.get<HoverDetail>('hover.detail', 'full') },
    maxArticleSize: Math.max(0, c.get<number>('maxArticleSize', DEFAULT_MAX_ARTICLE_SIZE)),
    meaning: c.get<boolean>('meaning', false),
  };
}
