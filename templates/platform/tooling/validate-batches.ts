import * as fs from 'fs';
import * as path from 'path';
import { SynthesizedStack } from './stack-manifest';

/**
 * `terraform validate` spends most of its time loading the AWS provider's schema (2–3 s of CPU per run, whatever
 * the size of the stack). Stacks are therefore validated in batches: a batch is a root module in
 * `cdktf.out/validate/<batch>` that calls the folder of each of its stacks as a child module, so that Terraform loads
 * the schema once per batch; every diagnostic is given back to the stack whose file it points at.
 *
 * Terraform checks a configuration called as a module as it checks it as a root module, except that it ignores the
 * module's backend (with a warning, dropped here) and requires values for variables without a default. A stack is
 * validated on its own when calling it as a module could change the outcome: it has variables without a default,
 * `import` blocks (root module only), a `cloud` block, or HCL files this code does not read.
 */

/** A diagnostic of `terraform validate -json`. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  readonly range?: { readonly filename: string; readonly start: { readonly line: number } };
  readonly snippet?: { readonly context?: string | null; readonly code?: string; readonly start_line?: number };
}

export interface ValidateBatch {
  /** The root module that calls the stacks (absolute). */
  readonly workingDirectory: string;
  readonly stacks: readonly SynthesizedStack[];
}

/** What the batch run says about one stack. */
export interface StackValidation {
  readonly valid: boolean;
  /** The stack's diagnostics, rendered as Terraform renders them, then Terraform's closing line when valid. */
  readonly log: string;
}

const BACKEND_IGNORED = 'Backend configuration ignored';

/** Whether the stack can be validated as a child module of a batch (see above). */
export function canValidateInBatch(stack: SynthesizedStack): boolean {
  const files = fs.readdirSync(stack.workingDirectory);
  if (files.some((file) => file.endsWith('.tf'))) return false;
  return files
    .filter((file) => file.endsWith('.tf.json'))
    .every((file) => {
      const config = JSON.parse(fs.readFileSync(path.join(stack.workingDirectory, file), 'utf-8'));
      const variables = Object.values<{ default?: unknown }>(config.variable ?? {});
      return config.import === undefined && config.terraform?.cloud === undefined && variables.every((v) => v.default !== undefined);
    });
}

/**
 * Splits the stacks into at most `count` batches of about the same size (by the size of their configuration, the
 * largest first into the lightest batch), keeping the given order within a batch.
 */
export function splitIntoBatches(stacks: readonly SynthesizedStack[], count: number): SynthesizedStack[][] {
  const sizes = new Map(stacks.map((stack) => [stack, fs.statSync(path.join(stack.workingDirectory, 'cdk.tf.json')).size]));
  const batches = Array.from({ length: Math.max(1, Math.min(count, stacks.length)) }, () => ({ weight: 0, stacks: [] as SynthesizedStack[] }));
  for (const stack of [...stacks].sort((a, b) => sizes.get(b)! - sizes.get(a)!)) {
    const lightest = batches.reduce((min, batch) => (batch.weight < min.weight ? batch : min));
    lightest.weight += sizes.get(stack)!;
    lightest.stacks.push(stack);
  }
  return batches.filter((b) => b.stacks.length > 0).map((b) => stacks.filter((s) => b.stacks.includes(s)));
}

/**
 * Writes the root module of a batch: one module block per stack, with the providers the stacks require (so that the
 * plugin cache's lock file can be shared with it, see plugin-cache.ts).
 */
export function writeBatchRoot(directory: string, stacks: readonly SynthesizedStack[]): ValidateBatch {
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(directory, { recursive: true });
  const first = JSON.parse(fs.readFileSync(path.join(stacks[0].workingDirectory, 'cdk.tf.json'), 'utf-8'));
  const module = Object.fromEntries(
    stacks.map((stack) => [moduleName(stack.name), { source: localSource(path.relative(directory, stack.workingDirectory)) }]),
  );
  const root = { terraform: { required_providers: first.terraform?.required_providers ?? {} }, module };
  fs.writeFileSync(path.join(directory, 'cdk.tf.json'), JSON.stringify(root, undefined, 2));
  return { workingDirectory: directory, stacks };
}

/** A module source Terraform reads as a local path: it starts with `./` or `../`. */
function localSource(relative: string): string {
  const posix = relative.split(path.sep).join('/');
  return posix.startsWith('../') ? posix : `./${posix}`;
}

/** A module name Terraform accepts: letters, digits, `_` and `-`, starting with a letter or `_`. */
export function moduleName(stack: string): string {
  const name = stack.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/**
 * The diagnostics of each stack of the batch, from the output of `terraform validate -json` in the batch's root,
 * without the warning that calling a stack as a module causes. Returns undefined when the output cannot be read or
 * a diagnostic belongs to no single stack: the caller then validates the stacks one by one, so that a problem is
 * never blamed on the wrong stack.
 */
export function diagnosticsByStack(batch: ValidateBatch, validateJson: string): Map<string, Diagnostic[]> | undefined {
  let result: { diagnostics?: Diagnostic[] };
  try {
    result = JSON.parse(validateJson);
  } catch {
    return undefined;
  }
  if (!Array.isArray(result.diagnostics)) return undefined;
  const byStack = new Map<string, Diagnostic[]>(batch.stacks.map((s) => [s.name, []]));
  for (const diagnostic of result.diagnostics) {
    const stack = diagnostic.range && stackOfFile(batch, diagnostic.range.filename);
    if (!stack) return undefined;
    if (diagnostic.severity === 'warning' && diagnostic.summary === BACKEND_IGNORED) continue;
    byStack.get(stack.name)!.push(diagnostic);
  }
  return byStack;
}

/** What the batch run says about each stack: whether it is valid, and its log as Terraform would have printed it. */
export function attributeDiagnostics(batch: ValidateBatch, validateJson: string): Map<string, StackValidation> | undefined {
  const byStack = diagnosticsByStack(batch, validateJson);
  if (!byStack) return undefined;
  return new Map(
    batch.stacks.map((stack) => {
      const diagnostics = byStack.get(stack.name)!;
      const valid = diagnostics.every((d) => d.severity !== 'error');
      const header = `Validated in one Terraform run with ${batch.stacks.length - 1} other stack(s), as a module of ${batch.workingDirectory}.\n`;
      const fileOf = (d: Diagnostic) => path.relative(stack.workingDirectory, path.resolve(batch.workingDirectory, d.range!.filename));
      const rendered = diagnostics.map((d) => renderDiagnostic(d, fileOf(d)));
      const closing = valid ? 'Success! The configuration is valid.\n' : '';
      return [stack.name, { valid, log: [header, ...rendered, closing].join('\n') }];
    }),
  );
}

function stackOfFile(batch: ValidateBatch, filename: string): SynthesizedStack | undefined {
  const file = path.resolve(batch.workingDirectory, filename);
  return batch.stacks.find((s) => file.startsWith(s.workingDirectory + path.sep));
}

/** A diagnostic as Terraform prints it; `file` is the name of its file in the stack's folder. */
export function renderDiagnostic(diagnostic: Diagnostic, file: string): string {
  const title = `${diagnostic.severity === 'error' ? 'Error' : 'Warning'}: ${diagnostic.summary}`;
  const lines = [title];
  if (diagnostic.range) {
    const context = diagnostic.snippet?.context ? `, in ${diagnostic.snippet.context}` : '';
    lines.push('', `  on ${file} line ${diagnostic.range.start.line}${context}:`);
    if (diagnostic.snippet?.code !== undefined) lines.push(`  ${diagnostic.snippet.start_line ?? diagnostic.range.start.line}: ${diagnostic.snippet.code}`);
  }
  if (diagnostic.detail) lines.push('', diagnostic.detail);
  return `${lines.join('\n')}\n`;
}
