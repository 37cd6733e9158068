#!/usr/bin/env node
//@ts-check
/**
 * Runs the extension's mocha suite (test/extension/) inside a real VS Code: code-server (VS Code
 * 1.100.3's server build, installed by scripts/setup-vscode-test.sh) opened in Debian's chromium,
 * driven by playwright-core — the only way to run VS Code on machines that reach just npm and Debian
 * (shared/docs/vscode-e2e.md). The workspace is a copy of test/fixtures/workspace in a temp folder.
 *
 * By default the packaged source-compare.vsix is installed into a fresh extensions folder and the
 * suite runs against that installed copy, so what ships is what is tested. `--dev` runs against the
 * working tree (extensionDevelopmentPath) instead. The suite asks for screenshots by logging
 * `[source-compare:screenshot] NAME` (optionally followed by JSON options); the runner saves
 * docs/images/NAME.png and answers by writing NAME.done (JSON: what it saw) in the folder the suite
 * reads from SOURCE_COMPARE_SHOTS_DIR. With `{"webview": HEADING}` the runner first waits until a
 * visible webview has drawn a page whose <h1> reads HEADING (a webview loads its page
 * asynchronously, after the editor tab shows: a shot taken at once shows an empty editor) and
 * answers with the heading it read from the webview's DOM; `"through": SELECTOR` also makes the
 * window tall enough to show the page down to that element.
 *
 * `--untrusted` is the second, short pass: workspace trust enabled and the folder not trusted
 * (restricted mode), running only test/extension/untrusted.test.ts. The trusted pass writes the
 * activation time to .vscode-test/activation-ms.txt (read by `npm run bench`), and the decisions file
 * a test made to .vscode-test/carried-decisions.json: the untrusted pass starts with it in its
 * workspace, so a decision made in one window is checked in a new one (what a window reload does).
 *
 * Usage: node scripts/run-vscode-tests.js [--dev] [--keep] [--untrusted]
 *   env TEST_TIMEOUT_MS (default 240000), CHROMIUM (default /usr/bin/chromium), GREP (mocha grep).
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const root = path.resolve(__dirname, '..');
const args = new Set(process.argv.slice(2));
const mode = args.has('--dev') ? 'dev' : 'vsix';
const untrusted = args.has('--untrusted');
const pass = untrusted ? 'untrusted' : 'trusted';
const codeServer = path.join(root, '.vscode-test/cs/node_modules/.bin/code-server');
const vsix = path.join(root, 'source-compare.vsix');
const fixtures = path.join(root, 'test/fixtures/workspace');
const testsOut = path.join(root, 'out/test/extension');
const imagesDir = path.join(root, 'docs/images');
const CARRIED_DECISIONS = path.join(root, '.vscode-test/carried-decisions.json');
const SHOT_MARKER = /^\[source-compare:screenshot\] ([\w-]+)(?: (\{.*\}))?$/;
/** The inner frame a webview draws its page in (VS Code's webview/browser/pre/fake.html, id active-frame). */
const WEBVIEW_CONTENT = /\/webview\/browser\/pre\/fake\.html\?/;
const VIEWPORT = { width: 1400, height: 860 };
/** Workbench chatter that says nothing about our tests. */
const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|reconnection-grace|authentication provider|ENOTFOUND|Creating a socket|connection token|ChatSessionStore|builtin extensions cache|Service Worker|Failed to load resource/;

function fail(message) {
  console.error(`run-vscode-tests: ${message}`);
  process.exit(2);
}

/** Bundles each test file (and the mocha entry point) to out/test/extension/. */
async function buildTests() {
  const esbuild = require('esbuild');
  const dir = path.join(root, 'test/extension');
  const entryPoints = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
  fs.rmSync(testsOut, { recursive: true, force: true });
  await esbuild.build({
    entryPoints, outdir: testsOut, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    sourcemap: 'inline', external: ['vscode', 'mocha', 'onnxruntime-node', 'onnxruntime-web'], logLevel: 'warning',
  });
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

/** A private HOME, user-data and extensions folder, so no run sees another's state. */
function makeSandbox() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'source-compare-vscode-'));
  const dirs = {
    base,
    userData: path.join(base, 'data'),
    extensions: path.join(base, 'extensions'),
    shots: path.join(base, 'shots'),
    emptyDev: path.join(base, 'no-development-extension'),
    workspace: path.join(base, 'workspace'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  // The suite edits articles; it works on a copy so the fixtures in the repository never change.
  fs.cpSync(fixtures, dirs.workspace, { recursive: true });
  if (untrusted && fs.existsSync(CARRIED_DECISIONS)) {
    fs.mkdirSync(path.join(dirs.workspace, '.source-compare'), { recursive: true });
    fs.copyFileSync(CARRIED_DECISIONS, path.join(dirs.workspace, '.source-compare/decisions.json'));
  } else if (!untrusted) {
    fs.rmSync(CARRIED_DECISIONS, { force: true });
  }
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    // The untrusted pass: trust on, no prompt at start-up, so the folder opens in restricted mode.
    'security.workspace.trust.enabled': untrusted,
    'security.workspace.trust.startupPrompt': 'never',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'git.enabled': false,
    'files.autoSave': 'off',
    'files.hotExit': 'off',
    'chat.disableAIFeatures': true,
    'diffEditor.useInlineViewWhenSpaceIsLimited': false,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'diffEditor.wordWrap': 'on',
    'diffEditor.renderSideBySide': true,
    'window.commandCenter': false,
    'workbench.colorTheme': 'Default Dark Modern',
  }, null, 2));
  fs.writeFileSync(path.join(base, 'config.yaml'), '');
  const env = {
    ...process.env,
    HOME: base,
    XDG_CONFIG_HOME: path.join(base, '.config'),
    XDG_DATA_HOME: path.join(base, '.local/share'),
    XDG_CACHE_HOME: path.join(base, '.cache'),
    SOURCE_COMPARE_TEST_MODE: mode,
    SOURCE_COMPARE_SHOTS_DIR: dirs.shots,
    SOURCE_COMPARE_GREP: process.env.GREP || '',
    SOURCE_COMPARE_PASS: pass,
    SOURCE_COMPARE_ACTIVATION_FILE: untrusted ? '' : path.join(root, '.vscode-test/activation-ms.txt'),
    SOURCE_COMPARE_CARRY_DECISIONS: untrusted ? '' : CARRIED_DECISIONS,
  };
  return { dirs, env };
}

function installVsix(dirs, env) {
  const r = spawnSync(codeServer, ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (r.status !== 0) fail(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  const installed = fs.readdirSync(dirs.extensions).filter((d) => d.startsWith('source-compare.'));
  if (installed.length !== 1) fail(`expected one installed source-compare extension, found: ${installed.join(', ') || 'none'}`);
  console.log(`installed ${path.relative(root, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(1)} KiB) as ${installed[0]}`);
}

/** Starts code-server in its own process group; resolves once it listens. */
async function startServer(dirs, env, port) {
  const server = spawn(codeServer, [
    '--config', path.join(dirs.base, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--disable-telemetry', '--disable-update-check',
    ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened',
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = fs.createWriteStream(path.join(dirs.base, 'server.log'));
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60_000);
    server.stdout.on('data', (d) => {
      if (/HTTP server listening/.test(String(d))) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
    server.on('exit', (code) => reject(new Error(`code-server exited early with ${code}`)));
  });
  return server;
}

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(codeServer)) fail('code-server is missing: run `bash scripts/setup-vscode-test.sh` (npm run test:extension does).');
  if (mode === 'vsix' && !fs.existsSync(vsix)) fail('source-compare.vsix is missing: run `npm run package` (npm run test:extension does).');
  await buildTests();
  const { dirs, env } = makeSandbox();
  if (mode === 'vsix') installVsix(dirs, env);
  const port = await freePort();
  const server = await startServer(dirs, env, port);
  console.log(`code-server listening on 127.0.0.1:${port} after ${Date.now() - t0} ms (${mode} mode, ${pass} workspace)`);

  let exitCode = 2;
  let browser;
  try {
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: VIEWPORT });
    fs.mkdirSync(imagesDir, { recursive: true });
    /** @type {(code: number) => void} */
    let finish = () => {};
    const finished = new Promise((resolve) => (finish = resolve));
    let shots = Promise.resolve();
    await page.exposeFunction('codeAutomationLog', (_type, logArgs) => {
      const line = util.format(...logArgs);
      const shot = SHOT_MARKER.exec(line.trim());
      if (shot) {
        // Serialised, and off the binding call: the page must not wait on its own screenshot.
        shots = shots.then(() => screenshot(page, shot[1], shot[2] ? JSON.parse(shot[2]) : {}, dirs.shots));
        return;
      }
      if (!NOISE.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    const authority = `127.0.0.1:${port}`;
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = [
      // In vsix mode the development path is an empty folder: VS Code needs one to run tests, and the
      // extension itself then comes from the extensions folder the .vsix was installed into.
      ['extensionDevelopmentPath', remote(mode === 'dev' ? root : dirs.emptyDev)],
      ['extensionTestsPath', remote(path.join(testsOut, 'index.js'))],
    ];
    await page.goto(`http://${authority}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 240_000);
    const code = await Promise.race([finished, new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))]);
    await shots;
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(dirs.base, 'timeout.png') });
      console.error(`run-vscode-tests: the suite did not finish within ${timeoutMs} ms (screenshot: ${path.join(dirs.base, 'timeout.png')})`);
    }
    exitCode = code === 0 ? 0 : 1;
  } finally {
    if (browser) await browser.close();
    try {
      process.kill(-(/** @type {number} */ (server.pid)), 'SIGTERM'); // the whole group: extension hosts linger otherwise
    } catch {
      // already gone
    }
    if (!args.has('--keep') && exitCode === 0) fs.rmSync(dirs.base, { recursive: true, force: true });
    else console.log(`run folder kept: ${dirs.base}`);
  }
  console.log(`extension tests ${exitCode === 0 ? 'passed' : 'FAILED'} (${mode} mode, ${pass} workspace, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(exitCode);
}

/**
 * Saves docs/images/NAME.png and tells the waiting suite it may go on, with what it saw: `saved`,
 * and for a webview shot the `webview` heading read from the page (or `error`).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {{ webview?: string, through?: string }} options
 * @param {string} shotsDir
 */
async function screenshot(page, name, options, shotsDir) {
  const file = path.join(imagesDir, `${name}.png`);
  /** @type {{ saved: boolean, webview?: string, error?: string }} */
  const result = { saved: false };
  try {
    if (options.webview !== undefined) {
      const content = await webviewShowing(page, options.webview, 15_000);
      result.webview = await content.evaluate(() => document.querySelector('h1')?.textContent ?? '');
      // Tall enough to show the page down to that element (a picture of the report, not a slice):
      // grow the window by what the webview lacks, until it fits (the workbench relayouts each time).
      for (let i = 0; options.through && i < 4; i++) {
        const frame = await webviewShowing(page, options.webview, 5_000);
        const lack = await frame.evaluate((sel) => {
          const el = document.querySelector(sel);
          return el ? el.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 16 : 0;
        }, options.through);
        const height = page.viewportSize()?.height ?? VIEWPORT.height;
        if (lack <= 0 || height >= 2400) break;
        await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(2400, height + Math.ceil(lack)) });
        await page.waitForTimeout(300);
      }
      if (options.through) await webviewShowing(page, options.webview, 5_000); // still drawn after the relayout
      await page.waitForTimeout(300); // one more paint
    }
    await page.screenshot({ path: file });
    result.saved = true;
    console.log(`screenshot saved: ${path.relative(root, file)}`);
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    console.error(`screenshot ${name} failed: ${result.error}`);
  } finally {
    if (page.viewportSize()?.height !== VIEWPORT.height) await page.setViewportSize(VIEWPORT).catch(() => undefined);
  }
  // Written whole, then renamed: the suite polls for the file and must never read half of it.
  const done = path.join(shotsDir, `${name}.done`);
  fs.writeFileSync(`${done}.tmp`, JSON.stringify(result));
  fs.renameSync(`${done}.tmp`, done);
}

/**
 * Resolves with the frame of the visible webview whose page has drawn an <h1> reading `heading`.
 * A webview is an iframe (webview/browser/pre/index.html) holding the page in an inner iframe;
 * VS Code swaps a fresh inner frame in whenever the page or its editor group changes, and shows it
 * only once loaded, so both iframes must be visible. Fails after `timeoutMs` with what it saw.
 * @param {import('playwright-core').Page} page
 * @param {string} heading
 * @param {number} timeoutMs
 * @returns {Promise<import('playwright-core').Frame>}
 */
async function webviewShowing(page, heading, timeoutMs) {
  const end = Date.now() + timeoutMs;
  /** @type {string[]} */
  let seen = [];
  for (;;) {
    seen = [];
    for (const frame of page.frames()) {
      if (frame.isDetached() || !WEBVIEW_CONTENT.test(frame.url())) continue;
      try {
        const inner = await frame.frameElement();
        const outer = await frame.parentFrame()?.frameElement();
        const h1 = await frame.evaluate(() => (document.readyState === 'complete' ? document.querySelector('h1')?.textContent ?? '(no h1)' : '(loading)'));
        const visible = (await inner.isVisible()) && (outer ? await outer.isVisible() : true);
        seen.push(`${visible ? 'visible' : 'hidden'}: ${h1}`);
        if (visible && h1 === heading) return frame;
      } catch {
        // the frame went away while we looked
      }
    }
    if (Date.now() > end) throw new Error(`no visible webview drew "${heading}" within ${timeoutMs} ms (webview frames: ${seen.join(' | ') || 'none'})`);
    await page.waitForTimeout(100);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
