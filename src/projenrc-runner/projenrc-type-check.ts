import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type * as ts from 'typescript';

/**
 * The type-check of `.projenrc.ts` that `npx projen` runs before it synthesizes, as ts-node did: the program rooted at
 * the file (and whatever it imports), with the options of its tsconfig, diagnostics of every file of the program.
 *
 * A type-check that passed is recorded with a hash of every file it read (the sources and declaration files of the
 * program, the `package.json` of every package they come from, the tsconfig files); while none of them changed, the
 * next run skips the check, and never loads the TypeScript compiler. A check that failed records nothing.
 */
export interface ProjenrcTypeCheck {
  /** Whether the compiler ran (false: the files it read last time are the same, so the earlier pass stands). */
  readonly checked: boolean;
  /** The diagnostics, formatted; empty when the file type-checks. */
  readonly errors: string;
}

/** Where a passed check is recorded, in the repository's node_modules (so `npm ci` starts over). */
export const TYPE_CHECK_RECORD = path.join('node_modules', '.cache', 'secure-aws-stack', 'projenrc-type-check.json');

/** Changes when what a record holds changes. */
const RECORD_FORMAT = 1;

/** ts-node's defaults for diagnostics it never reports: config files without inputs, files outside rootDir. */
const IGNORED_DIAGNOSTICS = new Set([6059, 18002, 18003]);

interface TypeCheckRecord {
  readonly format: number;
  readonly entry: string;
  /** SHA-256 of every file the check read, by path relative to the repository. */
  readonly files: Record<string, string>;
}

export interface ProjenrcTypeCheckOptions {
  /** The repository. */
  readonly root: string;
  /** `.projenrc.ts`, relative to the root. */
  readonly entry: string;
  /** Its tsconfig, relative to the root. */
  readonly tsconfig: string;
  /** Format the diagnostics with colours and source lines (for a terminal). @default false */
  readonly pretty?: boolean;
}

export function typeCheckProjenrc(options: ProjenrcTypeCheckOptions): ProjenrcTypeCheck {
  const recordFile = path.join(options.root, TYPE_CHECK_RECORD);
  const keepsRecords = fs.existsSync(path.join(options.root, 'node_modules'));
  if (keepsRecords && recordStands(options.root, readRecord(recordFile), options.entry)) return { checked: false, errors: '' };

  const compiler = loadTypeScript(options.root);
  const { program, configFiles, configErrors } = createProgram(compiler, options);
  const diagnostics = [...configErrors, ...compiler.getPreEmitDiagnostics(program)].filter((d) => !IGNORED_DIAGNOSTICS.has(d.code));
  if (diagnostics.length > 0) return { checked: true, errors: formatDiagnostics(compiler, diagnostics, options) };
  if (keepsRecords) {
    writeRecord(recordFile, { format: RECORD_FORMAT, entry: options.entry, files: hashes(options.root, filesRead(program, configFiles)) });
  }
  return { checked: true, errors: '' };
}

/** The repository's TypeScript (the version its build uses), which only a check that runs loads. */
function loadTypeScript(root: string): typeof ts {
  let resolved: string;
  try {
    resolved = require.resolve('typescript', { paths: [root] });
  } catch {
    throw new Error(`typescript is not installed in ${root}: run "npm install" (it is a devDependency of the project)`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(resolved);
}

function createProgram(compiler: typeof ts, options: ProjenrcTypeCheckOptions) {
  const configPath = path.join(options.root, options.tsconfig);
  const configErrors: ts.Diagnostic[] = [];
  const parsed = compiler.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...compiler.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => configErrors.push(d),
  });
  if (!parsed) return { program: compiler.createProgram([], {}), configFiles: [configPath], configErrors };
  configErrors.push(...parsed.errors);
  // As ts-node: the entry and what it imports, not the files the tsconfig includes.
  const program = compiler.createProgram([path.join(options.root, options.entry)], parsed.options);
  const extended = (parsed.options.configFile as ts.TsConfigSourceFile | undefined)?.extendedSourceFiles ?? [];
  return { program, configFiles: [configPath, ...extended], configErrors };
}

/**
 * What a check depends on, path → text: the program's files as the compiler read them (an edit made while it ran is
 * not taken for checked), the package.json of the packages they belong to, the tsconfigs.
 */
function filesRead(program: ts.Program, configFiles: readonly string[]): Map<string, string | undefined> {
  const files = new Map<string, string | undefined>();
  for (const file of configFiles) files.set(path.resolve(file), undefined);
  for (const source of program.getSourceFiles()) {
    const file = path.resolve(source.fileName);
    files.set(file, source.text);
    const manifest = packageManifestOf(file);
    if (manifest && !files.has(manifest)) files.set(manifest, undefined);
  }
  return files;
}

/** `<…>/node_modules/<name>/package.json` (or `@scope/name`) of a file inside a package. */
function packageManifestOf(file: string): string | undefined {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const length = parts[at + 1].startsWith('@') ? 3 : 2;
  return [...parts.slice(0, at + length), 'package.json'].join(path.sep);
}

/** SHA-256 of each file's text (read now where the compiler's is not given), by path relative to the repository. */
function hashes(root: string, files: Map<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const hash = hashOf(text ?? readText(file));
    if (hash) result[path.relative(root, file)] = hash;
  }
  return result;
}

/** A file's text as the compiler reads it (UTF-8, without a byte order mark); undefined when it cannot be read. */
function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf-8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

function hashOf(text: string | undefined): string | undefined {
  return text === undefined ? undefined : createHash('sha256').update(text).digest('hex');
}

function readRecord(file: string): TypeCheckRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf-8'));
  } catch {
    return undefined;
  }
}

/** A record stands when it is of this format and entry, and every file it hashed still has that content. */
function recordStands(root: string, record: TypeCheckRecord | undefined, entry: string): boolean {
  if (!record || record.format !== RECORD_FORMAT || record.entry !== entry || typeof record.files !== 'object') return false;
  const files = Object.entries(record.files);
  return files.length > 0 && files.every(([file, hash]) => hashOf(readText(path.join(root, file))) === hash);
}

/** Best effort, written whole (a scratch file renamed into place): a record that cannot be kept means checking again. */
function writeRecord(file: string, record: TypeCheckRecord): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const scratch = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(scratch, JSON.stringify(record));
    fs.renameSync(scratch, file);
  } catch {
    // checked, just not recorded
  }
}

function formatDiagnostics(compiler: typeof ts, diagnostics: readonly ts.Diagnostic[], options: ProjenrcTypeCheckOptions): string {
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => options.root,
    getNewLine: () => '\n',
  };
  return options.pretty ? compiler.formatDiagnosticsWithColorAndContext(diagnostics, host) : compiler.formatDiagnostics(diagnostics, host);
}
