// Usage: node scripts/slim-wasm.mjs <dist>
// Rewrites the wasm module and its wasm-bindgen glue in <dist> so fewer bytes ship:
// - wasm-bindgen names every import and export after the Rust item plus a 16-digit hash
//   (`__wbg_appendChild_dbf7ad2f48413560`); the names travel in both files and hashes do not
//   compress. They become short names, changed in both files together.
// - leptos links server_fn's browser client, whose wasm-streams exports JS stream classes that
//   no widget uses; wasm-bindgen exports them anyway, which keeps their code alive. Their exports
//   and their JS classes are removed, then wasm-opt drops the code only they reached and
//   optimises the rest again.
// Every renamed identifier must appear in the glue exactly as often as expected, or this fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: slim-wasm.mjs <dist>');
const wasmPath = join(dist, 'alliance87-widgets_bg.wasm');
const gluePath = join(dist, 'alliance87-widgets.js');
const unusedExport = /^(__wbg_)?intounderlying|^_WASM_SPLIT_MARKER_/;
const gluePrefix = './alliance87-widgets_bg.js';

const bytes = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

function readUleb(at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}
function readName(at) {
  const [length, start] = readUleb(at);
  return [bytes.toString('utf8', start, start + length), start + length];
}
const name = (text) => Buffer.concat([uleb(Buffer.byteLength(text)), Buffer.from(text)]);

// Short names: a, b, ..., Z, aa, ab, ... (letters only, so never `__proto__` or `memory`).
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
let counter = 0;
function shortName() {
  let n = counter++, text = '';
  do {
    text = letters[n % letters.length] + text;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return text;
}

const tokenPattern = (token) => new RegExp(`(?<![\\w$])${token}(?![\\w$])`, 'g');
const tokenCount = (token) => glue.match(tokenPattern(token))?.length ?? 0;
function replaceToken(old, replacement, expected) {
  const found = tokenCount(old);
  if (!expected(found)) throw new Error(`slim-wasm: ${old} appears ${found} times in the glue`);
  glue = glue.replace(tokenPattern(old), replacement);
}

// Limits of a table or memory: a flags byte, then the minimum and, if flagged, the maximum.
function skipLimits(at) {
  const flags = bytes[at++];
  [, at] = readUleb(at);
  if (flags & 1) [, at] = readUleb(at);
  return at;
}

function rewriteImports(start, end) {
  let [count, at] = readUleb(start);
  const entries = [uleb(count)];
  while (count--) {
    let module, field;
    [module, at] = readName(at);
    [field, at] = readName(at);
    const descStart = at;
    const kind = bytes[at++];
    if (kind === 0) [, at] = readUleb(at);
    else if (kind === 1) at = skipLimits(at + 1);
    else if (kind === 2) at = skipLimits(at);
    else if (kind === 3) at += 2;
    else if (kind === 4) [, at] = readUleb(at + 1);
    else throw new Error(`slim-wasm: unknown import kind ${kind}`);
    if (module !== gluePrefix) throw new Error(`slim-wasm: unexpected import module ${module}`);
    const short = shortName();
    replaceToken(field, short, (n) => n === 1);
    entries.push(name('a'), name(short), bytes.subarray(descStart, at));
  }
  if (at !== end) throw new Error('slim-wasm: import section not fully read');
  return Buffer.concat(entries);
}

function rewriteExports(start, end) {
  let [count, at] = readUleb(start);
  const kept = [];
  while (count--) {
    let exported;
    [exported, at] = readName(at);
    const kind = bytes[at++];
    let index;
    [index, at] = readUleb(at);
    if (unusedExport.test(exported)) continue;
    let short = exported;
    // `memory` and `start` are also ordinary words in the glue, and exports the glue never
    // names (wasm-bindgen's abort hooks) are left for whoever looks them up: all keep their name.
    if (exported !== 'memory' && exported !== 'start' && tokenCount(exported) > 0) {
      short = shortName();
      replaceToken(exported, short, (n) => n >= 1);
    }
    kept.push(Buffer.concat([name(short), Buffer.from([kind]), uleb(index)]));
  }
  if (at !== end) throw new Error('slim-wasm: export section not fully read');
  return Buffer.concat([uleb(kept.length), ...kept]);
}

if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`slim-wasm: ${wasmPath} is not a wasm module`);
const sections = [bytes.subarray(0, 8)];
let at = 8;
while (at < bytes.length) {
  const id = bytes[at];
  const [size, start] = readUleb(at + 1);
  const end = start + size;
  let body = bytes.subarray(start, end);
  if (id === 2) body = rewriteImports(start, end);
  else if (id === 7) body = rewriteExports(start, end);
  sections.push(Buffer.from([id]), uleb(body.length), body);
  at = end;
}
// The glue's JS classes for the dropped stream exports: nothing can construct them any more.
for (const [, className] of glue.matchAll(/export class (IntoUnderlying\w+)\{/g)) {
  const start = glue.indexOf(`export class ${className}{`);
  let end = start + `export class ${className}`.length;
  for (let depth = 0; ; end++) {
    if (glue[end] === '{') depth++;
    else if (glue[end] === '}' && --depth === 0) break;
  }
  end++;
  const dispose = `Symbol.dispose&&(${className}.prototype[Symbol.dispose]=${className}.prototype.free);`;
  if (glue.startsWith(dispose, end)) end += dispose.length;
  glue = glue.slice(0, start) + glue.slice(end);
  if (tokenCount(className) > 0) throw new Error(`slim-wasm: ${className} is still referenced in the glue`);
}

const moduleKey = JSON.stringify(gluePrefix);
if (glue.split(moduleKey).length !== 2) throw new Error(`slim-wasm: ${moduleKey} is not in the glue once`);
glue = glue.replace(moduleKey, '"a"');

writeFileSync(wasmPath, Buffer.concat(sections));
writeFileSync(gluePath, glue);
// Drop the code that only the removed exports reached, and optimise again what is left: with
// those exports gone, -Os finds more to inline and merge than trunk's pass could (-0.7 KB
// brotli, measured; 6 s). The module's target_features section tells wasm-opt which features
// it uses.
execFileSync('wasm-opt', ['-Os', '--converge', '--strip-producers', wasmPath, '-o', wasmPath], { stdio: 'inherit' });
