'use strict';
/**
 * Runs the repository's TypeScript without a compile step, for the tasks (synth, the Terraform tasks, guardrails,
 * impact), the workflows' scripts and `.projenrc.ts` (`npx projen`, after its type-check):
 *
 *   node --require ./src/platform/tooling/register-typescript.js <entry.ts> [arguments]
 *
 * Each `.ts` file outside node_modules is compiled by swc when it is required, with the settings of tsconfig.json that
 * change the emitted JavaScript, as `ts-node --swc` did. Like it, this type-checks nothing (`npx projen build` does);
 * unlike it, it does not load the TypeScript compiler to read tsconfig.json, which was a fifth of a synthesis.
 * Stack traces of errors point to the TypeScript lines. What swc emits is kept in the repository's
 * node_modules/.cache/secure-aws-stack/typescript (one entry per source file, replaced when the file, tsconfig.json's
 * emit settings or swc change), so a task compiles only the files changed since the last one; delete the folder to
 * clear it.
 */
const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const path = require('path');

const INSTALLED = Symbol.for('secure-aws-stack.register-typescript');

/** The newest target swc is given: later ones (and ESNext) emit the same for what Node 20 runs. */
const NEWEST_TARGET = 2022;

/** Without a tsconfig.json: the emit settings of @tsconfig/node20, which ts-node uses when it finds none. */
const NO_TSCONFIG = { target: 'es2022', esModuleInterop: true };

/** The nearest tsconfig.json from `dir` up, as ts-node finds it. */
function findTsconfig(dir) {
  for (let current = dir; ; current = path.dirname(current)) {
    const candidate = path.join(current, 'tsconfig.json');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/** The compiler options of tsconfig.json (a projen file: JSON after its `//` marker line). */
function compilerOptions(tsconfig) {
  if (!tsconfig) return NO_TSCONFIG;
  const json = fs.readFileSync(tsconfig, 'utf-8').replace(/^\s*\/\/.*$/gm, '');
  try {
    return JSON.parse(json).compilerOptions || {};
  } catch (error) {
    throw new Error(`${tsconfig}: not valid JSON (${error.message}); run "npx projen" to write it again`);
  }
}

/** swc's options for the emit-relevant tsconfig options, mapped as ts-node maps them. */
function swcOptions(options) {
  const target = String(options.target || 'es5').toLowerCase();
  const year = target === 'esnext' ? NEWEST_TARGET : target === 'es6' ? 2015 : Number(/^es(\d{4})$/.exec(target)?.[1] ?? 0);
  return {
    swcrc: false,
    sourceMaps: true,
    module: { type: 'commonjs', noInterop: !options.esModuleInterop, strictMode: true },
    jsc: {
      parser: { syntax: 'typescript', decorators: Boolean(options.experimentalDecorators), dynamicImport: true },
      target: year ? `es${Math.min(year, NEWEST_TARGET)}` : target,
      keepClassNames: year >= 2016,
      transform: {
        legacyDecorator: true,
        decoratorMetadata: Boolean(options.emitDecoratorMetadata),
        // tsc's default: define semantics from ES2022 on.
        useDefineForClassFields: options.useDefineForClassFields ?? year >= 2022,
      },
    },
  };
}

const CACHE_DIR = path.join('node_modules', '.cache', 'secure-aws-stack', 'typescript');
/** Changes when what an entry holds changes. */
const CACHE_FORMAT = 1;

const sha256 = (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * The compiled files of the repository at `root`: entry `<file key>-<content key>.js` and its `.js.map`, where the
 * content key covers the source, the swc options and swc's version. None without a node_modules folder to keep them.
 */
function compileCache(root, options) {
  const dir = path.join(root, CACHE_DIR);
  if (!fs.existsSync(path.join(root, 'node_modules'))) return undefined;
  const salt = JSON.stringify([CACHE_FORMAT, require('@swc/core/package.json').version, options]);
  /** The entry of `fileName` with this `source`: what it holds, and how to keep a compilation in it. */
  return (fileName, source) => {
    const fileKey = sha256(fileName).slice(0, 16);
    const code = path.join(dir, `${fileKey}-${sha256(`${salt}\0${source}`).slice(0, 32)}.js`);
    return {
      read() {
        try {
          return { code: fs.readFileSync(code, 'utf-8'), map: () => fs.readFileSync(`${code}.map`, 'utf-8') };
        } catch {
          return undefined;
        }
      },
      /** Best effort: a folder that cannot be written only means compiling again next time. */
      write(compiled) {
        try {
          fs.mkdirSync(dir, { recursive: true });
          // The map first and each file renamed into place: a reader never finds a part of an entry.
          for (const [file, text] of [[`${code}.map`, compiled.map], [code, compiled.code]]) {
            const scratch = `${file}.${process.pid}.tmp`;
            fs.writeFileSync(scratch, text);
            fs.renameSync(scratch, file);
          }
          const current = path.basename(code);
          for (const entry of fs.readdirSync(dir)) {
            if (entry.startsWith(`${fileKey}-`) && !entry.startsWith(current)) fs.rmSync(path.join(dir, entry), { force: true });
          }
        } catch {
          // compiled, just not kept
        }
      },
    };
  };
}

/** Source maps of the compiled files (functions that read them), parsed when a stack trace first needs one. */
const sourceMaps = new Map();

function mappedLocation(fileName, line, column) {
  let map = sourceMaps.get(fileName);
  if (!map) return undefined;
  if (typeof map === 'function') {
    try {
      map = new Module.SourceMap(JSON.parse(map()));
    } catch {
      sourceMaps.delete(fileName);
      return undefined;
    }
    sourceMaps.set(fileName, map);
  }
  const found = map.findEntry(line - 1, column - 1);
  if (!found || found.originalLine === undefined) return undefined;
  return `${fileName}:${found.originalLine + 1}:${found.originalColumn + 1}`;
}

/** V8's format, with the frames of compiled files pointing to their TypeScript lines. */
function prepareStackTrace(error, callSites) {
  const frames = callSites.map((site) => {
    const text = String(site);
    const fileName = site.getFileName();
    const mapped = fileName && mappedLocation(fileName, site.getLineNumber(), site.getColumnNumber());
    return `    at ${mapped ? text.replace(`${fileName}:${site.getLineNumber()}:${site.getColumnNumber()}`, mapped) : text}`;
  });
  return [String(error), ...frames].join('\n');
}

/** swc's `{ code, map }` for `source`; swc is loaded only when a file is not in the cache. */
function compile(source, options, fileName) {
  return require('@swc/core').transformSync(source, { ...options, filename: fileName });
}

function register(tsconfig) {
  if (require.extensions['.ts']?.[INSTALLED]) return;
  const options = swcOptions(compilerOptions(tsconfig));
  const cacheEntry = compileCache(tsconfig ? path.dirname(tsconfig) : process.cwd(), options);
  const load = function (module, fileName) {
    if (fileName.split(path.sep).includes('node_modules')) return require.extensions['.js'](module, fileName);
    const source = fs.readFileSync(fileName, 'utf-8');
    const entry = cacheEntry?.(fileName, source);
    let compiled = entry?.read();
    if (!compiled) {
      const emitted = compile(source, options, fileName);
      entry?.write(emitted);
      compiled = { code: emitted.code, map: () => emitted.map };
    }
    sourceMaps.set(fileName, compiled.map);
    module._compile(compiled.code, fileName);
  };
  load[INSTALLED] = true;
  require.extensions['.ts'] = load;
  Error.prepareStackTrace = prepareStackTrace;
}

register(findTsconfig(process.cwd()));
