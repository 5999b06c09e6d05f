import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * A synthesized app on disk (manifest.json and a folder per stack with a cdk.tf.json) for the runner tests, with
 * the dependencies given per stack.
 */
export function fakeOutdir(stacks: Record<string, string[]>): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-runner-'));
  const manifest: Record<string, unknown> = {};
  for (const [name, dependencies] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(outdir, 'stacks', name), { recursive: true });
    fs.writeFileSync(
      path.join(outdir, 'stacks', name, 'cdk.tf.json'),
      JSON.stringify({ terraform: { required_providers: { aws: { source: 'aws', version: '5.100.0' } } } }),
    );
    manifest[name] = { name, workingDirectory: `stacks/${name}`, dependencies };
  }
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ stacks: manifest }));
  return outdir;
}

/**
 * `validate -json` in the root module of a validation batch: what Terraform reports for the stacks it calls as
 * modules. Every module gets the backend warning; a stack with `fail-validate` gets an error pointing at its file;
 * a stack with `garble-validate` makes the output unreadable.
 */
const VALIDATE_JSON = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sas-fake-tf-validate-')), 'validate-json.js');
fs.writeFileSync(
  VALIDATE_JSON,
  `const fs = require('fs');
const path = require('path');
const root = JSON.parse(fs.readFileSync('cdk.tf.json', 'utf-8'));
const diagnostics = [];
for (const { source } of Object.values(root.module || {})) {
  const file = source + '/cdk.tf.json';
  if (fs.existsSync(path.join(source, 'garble-validate'))) { console.log('not json'); process.exit(1); }
  diagnostics.push({ severity: 'warning', summary: 'Backend configuration ignored', detail: 'Any selected backend applies to the entire configuration.', range: { filename: file, start: { line: 1 } } });
  if (fs.existsSync(path.join(source, 'fail-validate'))) {
    diagnostics.push({ severity: 'error', summary: 'Unsupported argument', detail: 'An argument named "kms_key_idx" is not expected here.', range: { filename: file, start: { line: 3 } }, snippet: { context: 'resource.aws_s3_bucket.data', code: '"kms_key_idx": "x"', start_line: 3 } });
  }
}
const errors = diagnostics.filter((d) => d.severity === 'error').length;
console.log(JSON.stringify({ format_version: '1.0', valid: errors === 0, error_count: errors, warning_count: diagnostics.length - errors, diagnostics }));
process.exit(errors ? 1 : 0);
`,
);

export interface FakeTerraform {
  readonly binary: string;
  /** Every call as `<stack> <args…>`, in the order they started. */
  calls(): string[];
  /** Start and end events with millisecond times, to check ordering and overlap. */
  events(): Array<{ at: number; edge: 'start' | 'end'; stack: string; command: string }>;
}

/**
 * A stand-in for the terraform binary, driven by files in the stack's folder:
 * `fail-<command>` makes that command print an error and exit 1 (or the number in the file), `changes` makes
 * `plan -detailed-exitcode` exit 2. It sleeps FAKE_TF_SLEEP seconds per command, prints what Terraform prints
 * (valid configuration, plan, apply and destroy totals), writes a lock file on `init` when there is none, and records
 * whether a lock file, TF_PLUGIN_CACHE_DIR and GOGC were there.
 */
export function fakeTerraform(): FakeTerraform {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-fake-tf-'));
  const calls = path.join(dir, 'calls.log');
  const events = path.join(dir, 'events.log');
  const binary = path.join(dir, 'terraform');
  fs.writeFileSync(
    binary,
    `#!/bin/sh
stack=$(basename "$PWD")
echo "$stack $*" >> ${calls}
echo "$(date +%s%3N) start $stack $1" >> ${events}
sleep "\${FAKE_TF_SLEEP:-0}"
end() { echo "$(date +%s%3N) end $stack $1" >> ${events}; }
if [ -f "fail-$1" ]; then
  echo "Error: $1 failed in $stack"; end "$1"; code=$(cat "fail-$1"); exit "\${code:-1}"
fi
case "$1" in
  init)
    if [ -f .terraform.lock.hcl ]; then echo "lock: present" >> init.txt; else echo "lock: absent" >> init.txt; echo 'provider "aws" {}' > .terraform.lock.hcl; fi
    echo "cache: $TF_PLUGIN_CACHE_DIR" >> init.txt
    echo "gogc: $GOGC" >> init.txt
    echo "Terraform has been successfully initialized!" ;;
  validate)
    case "$*" in
      *-json*) node ${JSON.stringify(VALIDATE_JSON)}; code=$?; end "$1"; exit $code ;;
      *) echo "Success! The configuration is valid." ;;
    esac ;;
  plan)
    echo "Plan: 2 to add, 1 to change, 0 to destroy."
    if [ -f changes ]; then case "$*" in *-detailed-exitcode*) end "$1"; exit 2 ;; esac; fi ;;
  apply) echo "Apply complete! Resources: 1 imported, 4 added, 0 changed, 1 destroyed." ;;
  destroy) echo "Destroy complete! Resources: 3 destroyed." ;;
esac
end "$1"
`,
    { mode: 0o755 },
  );
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf-8').trim().split('\n') : []);
  return {
    binary,
    calls: () => read(calls),
    events: () =>
      read(events).map((line) => {
        const [at, edge, stack, command] = line.split(' ');
        return { at: Number(at), edge: edge as 'start' | 'end', stack, command };
      }),
  };
}

/** Collects what the runner prints. */
export function capture(isTTY = false): { readonly isTTY: boolean; readonly rows: number; write(text: string): boolean; text(): string } {
  let text = '';
  return {
    isTTY,
    rows: 40,
    write: (chunk: string) => {
      text += chunk;
      return true;
    },
    text: () => text,
  };
}
