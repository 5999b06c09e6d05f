import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, terraformSteps } from '../../../templates/platform/tooling/terraform-stacks';

function fakeOutdir(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-runner-'));
  const stacks = { 'dev-account': [], 'dev-us-east-1': ['dev-account'] };
  const manifest: Record<string, unknown> = {};
  for (const [name, dependencies] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(outdir, 'stacks', name), { recursive: true });
    manifest[name] = { name, workingDirectory: `stacks/${name}`, dependencies };
  }
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ stacks: manifest }));
  return outdir;
}

/** A stand-in for terraform that records its arguments and working directory; `init` exits 0, other commands `exitCode`. */
function fakeTerraform(log: string, exitCode = 0, initExitCode = 0): string {
  const script = path.join(path.dirname(log), 'terraform');
  fs.writeFileSync(
    script,
    `#!/bin/sh\necho "$(basename "$PWD") $*" >> ${log}\nif [ "$1" = init ]; then exit ${initExitCode}; fi\nexit ${exitCode}\n`,
    { mode: 0o755 },
  );
  return script;
}

describe('terraform-stacks runner', () => {
  let log: string;
  let outdir: string;
  beforeEach(() => {
    outdir = fakeOutdir();
    log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sas-tf-')), 'calls.log');
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());
  const calls = () => fs.readFileSync(log, 'utf-8').trim().split('\n');

  test('validate initialises without a backend and validates every stack in dependency order', () => {
    expect(run('validate', [], [], { outdir, terraform: fakeTerraform(log) })).toBe(0);
    expect(calls()).toEqual([
      'dev-account init -backend=false -input=false',
      'dev-account validate',
      'dev-us-east-1 init -backend=false -input=false',
      'dev-us-east-1 validate',
    ]);
  });

  test('plan passes Terraform flags through and saves a plan file', () => {
    expect(run('plan', ['dev-us-*'], ['-refresh=false'], { outdir, terraform: fakeTerraform(log) })).toBe(0);
    expect(calls()).toEqual(['dev-us-east-1 init -input=false', 'dev-us-east-1 plan -input=false -out=tfplan -refresh=false']);
  });

  test('destroy goes in reverse dependency order', () => {
    run('destroy', [], ['-auto-approve'], { outdir, terraform: fakeTerraform(log) });
    expect(calls().filter((c) => c.includes(' destroy'))).toEqual([
      'dev-us-east-1 destroy -input=false -auto-approve',
      'dev-account destroy -input=false -auto-approve',
    ]);
  });

  test('stops at the first failing stack and returns its exit code', () => {
    expect(run('deploy', [], [], { outdir, terraform: fakeTerraform(log, 0, 1) })).toBe(1);
    expect(calls()).toEqual(['dev-account init -input=false']);
  });

  test('diff reports changes with exit code 2 and goes on through every stack', () => {
    expect(terraformSteps('diff', [])[1]).toContain('-detailed-exitcode');
    expect(run('diff', [], [], { outdir, terraform: fakeTerraform(log, 2) })).toBe(2);
    expect(calls().filter((c) => c.includes(' plan'))).toHaveLength(2);
  });

  test('a missing terraform binary gives an actionable message', () => {
    expect(() => run('validate', [], [], { outdir, terraform: '/nonexistent/terraform' })).toThrow(
      /"\/nonexistent\/terraform" was not found. Install Terraform >= 1.10 .* or set TERRAFORM_BINARY/,
    );
  });
});
