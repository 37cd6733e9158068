// package.json against the extension's command-id map (plain Node, no `vscode`): every contributed
// command has a handler and every handler is contributed; menus, keybindings and settings point at
// things that exist. The handler map in src/extension/handlers.ts is typed Record<CommandId, …>, so
// the compiler already ties handlers to COMMANDS; this test ties COMMANDS to package.json.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, CONTEXT_KEYS } from '../../src/extension/commands';
import { MATCH_THRESHOLD } from '../../src/engine/similarity';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;
const ids = Object.values(COMMANDS) as string[];

describe('package.json contributions', () => {
  it('contributes exactly the commands that have handlers', () => {
    const contributed = contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual([...contributed].sort(), [...ids].sort());
    assert.equal(new Set(contributed).size, contributed.length, 'no command is contributed twice');
  });

  it('gives every command the "Source Compare" category and a title without the prefix', () => {
    for (const c of contributes.commands) {
      assert.equal(c.category, 'Source Compare', c.command);
      assert.ok(c.title && !c.title.startsWith('Source Compare'), c.command);
    }
  });

  it('uses only known commands in menus and keybindings', () => {
    const used = [...Object.values(contributes.menus).flat(), ...contributes.keybindings].map((m) => (m as { command: string }).command);
    for (const id of used) assert.ok(ids.includes(id), `${id} is a command of ours`);
  });

  it('gates the discrepancy keybindings on a comparison', () => {
    for (const k of contributes.keybindings) assert.match(k.when, new RegExp(CONTEXT_KEYS.editorCompared.replace('.', '\\.')));
  });

  it('activates on contributions only (no "*")', () => {
    assert.deepEqual(pkg.activationEvents, []);
  });

  it('declares every theme colour the decorations use, with light, dark and high-contrast defaults', () => {
    const declared = new Set(contributes.colors.map((c: { id: string }) => c.id));
    const source = readFileSync(join(ROOT, 'src/extension/decorations.ts'), 'utf8');
    const used = new Set<string>();
    for (const label of ['agreement', 'discrepancy', 'unique']) for (const part of ['Background', 'Border', 'Ruler']) used.add(`sourceCompare.${label}${part}`);
    for (const m of source.matchAll(/ThemeColor\('([\w.]+)'\)/g)) used.add(m[1]);
    for (const id of used) assert.ok(declared.has(id), `${id} is declared`);
    for (const c of contributes.colors) {
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(c.defaults[theme], `${c.id} has a ${theme} default`);
    }
  });

  it('documents every setting and ships the files it points at', () => {
    for (const [key, schema] of Object.entries(contributes.configuration.properties) as [string, { markdownDescription?: string; description?: string }][]) {
      assert.ok(key.startsWith('sourceCompare.'), key);
      assert.ok(schema.markdownDescription || schema.description, `${key} is documented`);
    }
    for (const rel of [
      ...contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      'media/agreement.svg',
      'media/discrepancy.svg',
      'media/unique.svg',
    ]) {
      assert.ok(existsSync(join(ROOT, rel)), `${rel} exists`);
    }
  });

  it('declares untrusted- and virtual-workspace support (no setting or command executes workspace content)', () => {
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: { supported: true } });
  });

  it('bundles the engine worker and ships it', () => {
    const esbuild = readFileSync(join(ROOT, 'esbuild.js'), 'utf8');
    assert.match(esbuild, /entryPoints: \['src\/extension\/worker\.ts'\], outfile: 'dist\/worker\.js'/);
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/worker.js'), '.vscodeignore lets dist/worker.js into the .vsix');
    const source = readFileSync(join(ROOT, 'src/extension/controller.ts'), 'utf8');
    assert.match(source, /'dist', 'worker\.js'/, 'the extension starts the worker from dist/worker.js');
  });

  it('gives the size limit a default the settings reader shares', () => {
    const schema = contributes.configuration.properties['sourceCompare.maxArticleSize'];
    const config = readFileSync(join(ROOT, 'src/extension/config.ts'), 'utf8');
    const fallback = /DEFAULT_MAX_ARTICLE_SIZE = ([\d_]+)/.exec(config)?.[1]?.replace(/_/g, '');
    assert.equal(schema.default, Number(fallback));
  });

  it('shows the engine’s own match threshold as the setting’s default', () => {
    assert.equal(contributes.configuration.properties['sourceCompare.matchThreshold'].default, MATCH_THRESHOLD);
  });

  it('binds no key VS Code is known to use for navigation (Alt+F8 is its Go to Next Problem)', () => {
    const keys = contributes.keybindings.map((k: { key: string }) => k.key);
    for (const taken of ['alt+f8', 'shift+alt+f8', 'f8', 'shift+f8', 'f12', 'alt+f12']) assert.ok(!keys.includes(taken), taken);
  });
});
