'use strict';
/**
 * Runs the repository's TypeScript without a compile step, for the tasks (synth, the Terraform tasks, guardrails,
 * impact) and the workflows' scripts:
 *
 *   node --require ./src/platform/tooling/register-typescript.js <entry.ts> [arguments]
 *
 * Each `.ts` file outside node_modules is compiled by swc when it is required, with the settings of tsconfig.json that
 * change the emitted JavaScript, as `ts-node --swc` did. Like it, this type-checks nothing (`npx projen build` does);
 * unlike it, it does not load the TypeScript compiler to read tsconfig.json, which was a fifth of a synthesis.
 * Stack traces of errors point to the TypeScript lines.
 */
const fs = require('fs');
const Module = require('module');
const path = require('path');
const { transformSync } = require('@swc/core');

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

/** Source maps of the compiled files, parsed when a stack trace first needs one. */
const sourceMaps = new Map();

function mappedLocation(fileName, line, column) {
  let map = sourceMaps.get(fileName);
  if (!map) return undefined;
  if (typeof map === 'string') {
    map = new Module.SourceMap(JSON.parse(map));
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

function register(tsconfig) {
  if (require.extensions['.ts']?.[INSTALLED]) return;
  const options = swcOptions(compilerOptions(tsconfig));
  const load = function (module, fileName) {
    if (fileName.split(path.sep).includes('node_modules')) return require.extensions['.js'](module, fileName);
    const { code, map } = transformSync(fs.readFileSync(fileName, 'utf-8'), { ...options, filename: fileName });
    if (map) sourceMaps.set(fileName, map);
    module._compile(code, fileName);
  };
  load[INSTALLED] = true;
  require.extensions['.ts'] = load;
  Error.prepareStackTrace = prepareStackTrace;
}

register(findTsconfig(process.cwd()));
