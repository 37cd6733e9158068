// Preload that makes every network attempt fail and records it.
//   node --require test/support/deny-network.cjs dist/cli.js …
// Each attempt (socket connect, DNS lookup/resolve, http(s)/http2 request, fetch, undici, UDP) is
// appended as one JSON line to the file named by $SOURCE_COMPARE_NET_LOG (if set), kept in memory
// (`attempts()`), and then refused by throwing (or rejecting, for promise APIs). Loaded in-process
// with require(), it patches the current process the same way.
'use strict';

const fs = require('node:fs');
const Module = require('node:module');

const LOG_ENV = 'SOURCE_COMPARE_NET_LOG';
const attempts = [];

function record(api, detail) {
  let target = '';
  try { target = typeof detail === 'string' ? detail : JSON.stringify(detail, (_k, v) => (typeof v === 'function' ? '[fn]' : v)) || ''; } catch { target = String(detail); }
  const entry = { api, target: String(target).slice(0, 200), pid: process.pid };
  attempts.push(entry);
  const file = process.env[LOG_ENV];
  if (file) {
    try { fs.appendFileSync(file, JSON.stringify(entry) + '\n'); } catch { /* best effort */ }
  }
  const err = new Error(`network access denied in tests: ${api}`);
  err.code = 'ENETUNREACH_DENIED';
  return err;
}

function denySync(obj, name, api) {
  if (!obj || typeof obj[name] !== 'function') return;
  obj[name] = function denied(...args) { throw record(api, args[0]); };
}

function denyAsync(obj, name, api) {
  if (!obj || typeof obj[name] !== 'function') return;
  obj[name] = function denied(...args) { return Promise.reject(record(api, args[0])); };
}

/** dns.lookup / resolve*: throw synchronously (callers must not get an answer, even late). */
function patchDns(dns) {
  for (const name of Object.keys(dns)) {
    if (name === 'lookup' || name === 'lookupService' || name.startsWith('resolve') || name === 'reverse') {
      denySync(dns, name, `dns.${name}`);
    }
  }
  if (typeof dns.Resolver === 'function') {
    for (const name of Object.getOwnPropertyNames(dns.Resolver.prototype)) {
      if (name.startsWith('resolve') || name === 'reverse') denySync(dns.Resolver.prototype, name, `dns.Resolver.${name}`);
    }
  }
}

function patchDnsPromises(p) {
  if (!p) return;
  for (const name of Object.keys(p)) {
    if (name === 'lookup' || name === 'lookupService' || name.startsWith('resolve') || name === 'reverse') denyAsync(p, name, `dns.promises.${name}`);
  }
  if (typeof p.Resolver === 'function') {
    for (const name of Object.getOwnPropertyNames(p.Resolver.prototype)) {
      if (name.startsWith('resolve') || name === 'reverse') denyAsync(p.Resolver.prototype, name, `dns.promises.Resolver.${name}`);
    }
  }
}

/** Functions of the undici package that reach the network. */
function patchUndici(undici) {
  if (!undici || undici.__sourceCompareDenied) return undici;
  for (const name of ['fetch', 'request', 'stream', 'pipeline', 'connect', 'upgrade']) denyAsync(undici, name, `undici.${name}`);
  for (const cls of ['Agent', 'Pool', 'Client', 'ProxyAgent', 'EnvHttpProxyAgent', 'Dispatcher']) {
    const C = undici[cls];
    if (C && C.prototype) {
      for (const m of ['dispatch', 'request', 'stream', 'pipeline', 'connect', 'upgrade']) {
        if (typeof C.prototype[m] === 'function') denySync(C.prototype, m, `undici.${cls}.${m}`);
      }
    }
  }
  try { Object.defineProperty(undici, '__sourceCompareDenied', { value: true }); } catch { /* frozen */ }
  return undici;
}

let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const net = require('node:net');
  const tls = require('node:tls');
  const dns = require('node:dns');
  const http = require('node:http');
  const https = require('node:https');
  const http2 = require('node:http2');
  const dgram = require('node:dgram');

  denySync(net.Socket.prototype, 'connect', 'net.Socket.connect');
  denySync(net, 'connect', 'net.connect');
  denySync(net, 'createConnection', 'net.createConnection');
  denySync(tls, 'connect', 'tls.connect');
  denySync(tls.TLSSocket && tls.TLSSocket.prototype, 'connect', 'tls.TLSSocket.connect');
  patchDns(dns);
  patchDnsPromises(dns.promises);
  try { patchDnsPromises(require('node:dns/promises')); } catch { /* older Node */ }
  for (const [mod, label] of [[http, 'http'], [https, 'https']]) {
    denySync(mod, 'request', `${label}.request`);
    denySync(mod, 'get', `${label}.get`);
  }
  denySync(http2, 'connect', 'http2.connect');
  denySync(dgram, 'createSocket', 'dgram.createSocket');
  denySync(dgram.Socket && dgram.Socket.prototype, 'send', 'dgram.Socket.send');
  denySync(dgram.Socket && dgram.Socket.prototype, 'connect', 'dgram.Socket.connect');

  for (const name of ['fetch']) denyAsync(globalThis, name, `globalThis.${name}`);
  for (const name of ['WebSocket', 'EventSource']) {
    if (typeof globalThis[name] === 'function') {
      globalThis[name] = function denied(url) { throw record(`globalThis.${name}`, url); };
    }
  }

  // undici, if anything requires it (bundled or from node_modules).
  const load = Module._load;
  Module._load = function patchedLoad(request, ...rest) {
    const m = load.call(this, request, ...rest);
    // 'undici', 'undici/index.js', '/abs/node_modules/undici' …; only objects that look like undici.
    if (typeof request === 'string' && /(?:^|[\\/])undici(?:[\\/]index\.js)?$/.test(request) && m && typeof m.fetch === 'function') return patchUndici(m);
    return m;
  };
}

install();

module.exports = {
  LOG_ENV,
  /** The attempts recorded in this process. */
  attempts: () => attempts.slice(),
  install,
};
