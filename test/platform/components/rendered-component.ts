import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { Construct } from 'constructs';
import * as ts from 'typescript';
import { AddAnswers, AddRequest, resolveAddRequest } from '../../../src/generators/add-request';
import { renderComponentFiles } from '../../../src/generators/component-files';
import { loadApp } from '../../../templates/platform/guardrails/app-model';
import { runGuardrails } from '../../../templates/platform/guardrails/engine';
import { guardrailConfigOf } from '../../../templates/platform/guardrails/settings-config';
import { createPlatformStacks } from '../../../templates/platform/platform';
import { PlatformSettings } from '../../../templates/platform/settings-model';
import { RegionalStack } from '../../../templates/platform/stacks/regional-stack';
import { regionalStacks } from '../../../templates/platform/stacks/stack-selection';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** A component rendered as `npx projen add` renders it, in a folder laid out like a generated repository. */
export interface RenderedComponent {
  readonly request: AddRequest;
  /** The folder; `src/platform` re-exports `templates/platform`. */
  readonly dir: string;
  /** Absolute path of the construct file, `src/components/<name>.ts`. */
  readonly componentFile: string;
  /** The construct class the file exports. */
  readonly construct: new (stack: RegionalStack, id: string) => Construct;
  /** Removes the folder. */
  remove(): void;
}

/**
 * Renders a component with the same locals as `npx projen add` into a temporary folder under test/ (so that its
 * imports of constructs and @cdktf/provider-aws resolve), with `src/platform` standing for the managed platform.
 */
export function renderComponent(answers: AddAnswers, settings: PlatformSettings): RenderedComponent {
  const { request, problems } = resolveAddRequest(answers, settings);
  if (!request) throw new Error(`the answers are invalid: ${problems.join('; ')}`);
  const dir = fs.mkdtempSync(path.join(__dirname, '.rendered-'));
  const platformDir = path.join(dir, 'src', 'platform');
  fs.mkdirSync(platformDir, { recursive: true });
  const templates = path.relative(platformDir, path.join(ROOT, 'templates', 'platform')).split(path.sep).join('/');
  fs.writeFileSync(path.join(platformDir, 'index.ts'), `export * from '${templates}';\n`);
  fs.writeFileSync(path.join(platformDir, 'engine.ts'), `export * from '${templates}/engine';\n`);
  for (const [file, content] of renderComponentFiles(request)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  const componentFile = path.join(dir, request.componentFile);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(componentFile) as Record<string, RenderedComponent['construct']>;
  return { request, dir, componentFile, construct: module[request.className], remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Type-checks files with the options of tsconfig.templates.json (what generated repositories compile with); the errors,
 * formatted. Only the given files are checked: the platform library they import is type-checked by the build
 * (`typecheck`), and nothing in it depends on a component.
 */
export function typeErrors(files: readonly string[]): string[] {
  const configFile = path.join(ROOT, 'tsconfig.templates.json');
  const config = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram([...files], { ...options, noEmit: true });
  const checked = files.map((file) => program.getSourceFile(file)!);
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
  return diagnostics.map((d) => ts.formatDiagnostic(d, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => ROOT,
    getNewLine: () => '\n',
  }).trim());
}

/** Synthesizes the platform with the component in every regional stack and runs the guardrails over the result. */
export function synthesizeWith(component: RenderedComponent, settings: PlatformSettings) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'component-'));
  const app = new App({ outdir });
  for (const stack of regionalStacks(createPlatformStacks(app, settings))) new component.construct(stack, component.request.name);
  app.synth();
  const report = runGuardrails(loadApp(outdir), guardrailConfigOf(settings));
  fs.rmSync(outdir, { recursive: true, force: true });
  return { app, report };
}
