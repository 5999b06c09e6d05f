import * as fs from 'fs';
import * as path from 'path';
import { loadApp } from './app-model';
import { GuardrailConfig, GuardrailReport, runGuardrails } from './engine';
import { Finding, Severity, SEVERITIES } from './model';
import { consoleReport } from './reporters/console';
import { jsonReport } from './reporters/json';
import { markdownReport } from './reporters/markdown';
import { sarifReport } from './reporters/sarif';

/**
 * Checks a synthesized app against the guardrails and writes `<outdir>/guardrails.{json,sarif,md}`. Usage:
 *
 *   guardrails [--outdir cdktf.out] [--fail-on critical|high|medium|low] [--config <module>]
 *
 * The configuration (suppressions, threshold, production environments, tags) is the `guardrailConfig` export of
 * `./config` next to this file, which `npx projen` renders from `.projenrc.ts`; `--config` names another module and
 * `--fail-on` overrides its threshold. Exit code 1: unsuppressed findings at or above the threshold, or invalid
 * suppressions; 2: usage or input errors.
 */
export interface CliOptions {
  readonly outdir: string;
  readonly failOn?: Severity;
  readonly configModule?: string;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
  let failOn: Severity | undefined;
  let configModule: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--outdir') {outdir = value();} else if (flag === '--config') {configModule = value();} else if (flag === '--fail-on') {
      const v = value();
      if (!(SEVERITIES as readonly string[]).includes(v)) throw new UsageError(`--fail-on ${v}: use one of ${SEVERITIES.join(', ')}`);
      failOn = v as Severity;
    } else {throw new UsageError(`unknown argument ${argv[i]}`);}
  }
  return { outdir, failOn, configModule };
}

export class UsageError extends Error {}

/** Loads `guardrailConfig` from a module; without `--config`, from `./config` when the project rendered one. */
export function loadConfig(configModule: string | undefined): GuardrailConfig {
  const candidate = configModule ? path.resolve(configModule) : path.join(__dirname, 'config');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(candidate) as { guardrailConfig?: GuardrailConfig };
    if (!loaded.guardrailConfig) throw new UsageError(`${candidate} does not export guardrailConfig`);
    return loaded.guardrailConfig;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(candidate);
    if (missing && !configModule) return {};
    throw error;
  }
}

/** Runs the guardrails and writes the reports; returns the process exit code. */
export function run(options: CliOptions, log: (text: string) => void = console.log): { exitCode: number; report: GuardrailReport } {
  const config = loadConfig(options.configModule);
  const app = loadApp(options.outdir);
  const report = runGuardrails(app, { ...config, failOn: options.failOn ?? config.failOn });
  const lines = lineFinder(options.outdir);
  fs.writeFileSync(path.join(options.outdir, 'guardrails.json'), jsonReport(report));
  fs.writeFileSync(path.join(options.outdir, 'guardrails.sarif'), sarifReport(report, { outdir: toPosix(path.relative(process.cwd(), path.resolve(options.outdir))) || '.', lineOf: lines }));
  fs.writeFileSync(path.join(options.outdir, 'guardrails.md'), markdownReport(report));
  log(consoleReport(report));
  log(`Reports: ${['json', 'sarif', 'md'].map((ext) => path.join(options.outdir, `guardrails.${ext}`)).join(', ')}`);
  return { exitCode: report.failed ? 1 : 0, report };
}

/** The line of a finding's resource in its synthesized file (the line of its logical id), for SARIF locations. */
function lineFinder(outdir: string): (finding: Finding) => number | undefined {
  const files = new Map<string, string[]>();
  return (finding) => {
    let lines = files.get(finding.file);
    if (!lines) {
      lines = fs.readFileSync(path.join(outdir, finding.file), 'utf-8').split('\n');
      files.set(finding.file, lines);
    }
    if (finding.address === finding.stack) return 1;
    const logicalId = finding.address.slice(finding.address.lastIndexOf('.') + 1);
    const index = lines.findIndex((line) => line.trimStart().startsWith(`${JSON.stringify(logicalId)}:`));
    return index >= 0 ? index + 1 : undefined;
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function main(argv: readonly string[]): number {
  try {
    return run(parseArgs(argv)).exitCode;
  } catch (error) {
    console.error(`guardrails: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
