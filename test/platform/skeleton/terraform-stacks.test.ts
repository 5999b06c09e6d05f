import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TERRAFORM_GOGC } from '../../../templates/platform/tooling/go-runtime';
import { parseArguments, run, RunOptions, terraformSteps } from '../../../templates/platform/tooling/terraform-stacks';
import { capture, fakeOutdir, fakeTerraform, FakeTerraform } from '../tooling/fake-terraform';

/** Two environments as the platform builds them: account, primary region, secondary region, replication. */
const PLATFORM = {
  'dev-account': [],
  'dev-us-east-1': ['dev-account'],
  'dev-us-west-2': ['dev-account', 'dev-us-east-1'],
  'dev-replication': ['dev-us-east-1', 'dev-us-west-2'],
  'prod-account': [],
  'prod-us-east-1': ['prod-account'],
};

describe('terraform-stacks runner', () => {
  let tf: FakeTerraform;
  let out: ReturnType<typeof capture>;
  let cacheDir: string;
  const options = (outdir: string, extra: Partial<RunOptions> = {}): RunOptions => ({
    outdir,
    terraform: tf.binary,
    out,
    interactive: false,
    env: { ...process.env, CI: 'true', TF_PLUGIN_CACHE_DIR: cacheDir },
    ...extra,
  });
  beforeEach(() => {
    tf = fakeTerraform();
    out = capture();
    cacheDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sas-cache-')), 'plugins');
  });
  const twoStacks = () => fakeOutdir({ 'dev-account': [], 'dev-us-east-1': ['dev-account'] });

  test('validate --no-batch initialises without a backend and validates every stack (one at a time: in dependency order)', async () => {
    expect(await run('validate', [], [], options(twoStacks(), { concurrency: 1, batch: false }))).toBe(0);
    expect(tf.calls()).toEqual([
      'dev-account init -backend=false -input=false -no-color',
      'dev-account validate -no-color',
      'dev-us-east-1 init -backend=false -input=false -no-color',
      'dev-us-east-1 validate -no-color',
    ]);
  });

  test('plan passes Terraform flags through and saves a plan file', async () => {
    expect(await run('plan', ['dev-us-*'], ['-refresh=false', '-no-color'], options(twoStacks()))).toBe(0);
    expect(tf.calls()).toEqual(['dev-us-east-1 init -input=false', 'dev-us-east-1 plan -input=false -out=tfplan -refresh=false -no-color']);
  });

  test('destroy goes in reverse dependency order', async () => {
    await run('destroy', [], ['-auto-approve'], options(twoStacks()));
    expect(tf.calls().filter((c) => c.includes(' destroy'))).toEqual([
      'dev-us-east-1 destroy -input=false -auto-approve -no-color',
      'dev-account destroy -input=false -auto-approve -no-color',
    ]);
  });

  test('a failing stack skips the stacks that depend on it and returns its exit code', async () => {
    const outdir = twoStacks();
    fs.writeFileSync(path.join(outdir, 'stacks/dev-account/fail-init'), '3');
    expect(await run('deploy', [], ['-auto-approve'], options(outdir))).toBe(3);
    expect(tf.calls()).toEqual(['dev-account init -input=false -no-color']);
    expect(out.text()).toContain('[dev-us-east-1] skipped: dev-account failed');
  });

  test('diff reports changes with exit code 2 and goes on through every stack', async () => {
    expect(terraformSteps('diff', [])[1]).toContain('-detailed-exitcode');
    const outdir = twoStacks();
    for (const stack of ['dev-account', 'dev-us-east-1']) fs.writeFileSync(path.join(outdir, 'stacks', stack, 'changes'), '');
    expect(await run('diff', [], [], options(outdir))).toBe(2);
    expect(tf.calls().filter((c) => c.includes(' plan'))).toHaveLength(2);
    expect(out.text()).toContain('Stacks with changes: dev-account, dev-us-east-1');
  });

  test('a missing terraform binary gives an actionable message', async () => {
    await expect(run('validate', [], [], options(twoStacks(), { terraform: '/nonexistent/terraform' }))).rejects.toThrow(
      /"\/nonexistent\/terraform" was not found. Install Terraform >= 1.10 .* or set TERRAFORM_BINARY/,
    );
  });

  describe('scheduling', () => {
    const overlapOf = (events: ReturnType<FakeTerraform['events']>) => {
      let running = 0;
      let max = 0;
      for (const e of [...events].sort((a, b) => a.at - b.at || (a.edge === 'end' ? -1 : 1))) {
        running += e.edge === 'start' ? 1 : -1;
        max = Math.max(max, running);
      }
      return max;
    };

    test('validate runs independent stacks at once, never more than --concurrency', async () => {
      process.env.FAKE_TF_SLEEP = '0.15';
      try {
        expect(await run('validate', [], [], options(fakeOutdir(PLATFORM), { concurrency: 2 }))).toBe(0);
        expect(overlapOf(tf.events())).toBe(2);
        tf = fakeTerraform();
        expect(await run('validate', [], [], options(fakeOutdir(PLATFORM), { concurrency: 1 }))).toBe(0);
        expect(overlapOf(tf.events())).toBe(1);
      } finally {
        delete process.env.FAKE_TF_SLEEP;
      }
    });

    test('plan starts a stack only after its dependencies finished, and runs the rest in parallel', async () => {
      expect(await run('plan', [], [], options(fakeOutdir(PLATFORM), { concurrency: 3 }))).toBe(0);
      const events = tf.events();
      const at = (stack: string, edge: 'start' | 'end', command: string) => events.find((e) => e.stack === stack && e.edge === edge && e.command === command)!.at;
      for (const [stack, dependencies] of Object.entries(PLATFORM)) {
        for (const dependency of dependencies) expect(at(stack, 'start', 'init')).toBeGreaterThanOrEqual(at(dependency, 'end', 'plan'));
      }
      expect(tf.calls().filter((c) => c.includes(' plan '))).toHaveLength(6);
    });

    test('destroy starts a stack only after every stack that depends on it is destroyed', async () => {
      expect(await run('destroy', [], ['-auto-approve'], options(fakeOutdir(PLATFORM), { concurrency: 4 }))).toBe(0);
      const events = tf.events();
      const at = (stack: string, edge: 'start' | 'end', command: string) => events.find((e) => e.stack === stack && e.edge === edge && e.command === command)!.at;
      for (const [stack, dependencies] of Object.entries(PLATFORM)) {
        for (const dependency of dependencies) expect(at(dependency, 'start', 'init')).toBeGreaterThanOrEqual(at(stack, 'end', 'destroy'));
      }
    });

    test('a failure skips its dependents transitively but never an independent stack', async () => {
      const outdir = fakeOutdir(PLATFORM);
      fs.writeFileSync(path.join(outdir, 'stacks/dev-us-east-1/fail-plan'), '1');
      expect(await run('plan', [], [], options(outdir, { concurrency: 2 }))).toBe(1);
      const planned = tf.calls().filter((c) => c.includes(' plan ')).map((c) => c.split(' ')[0]).sort();
      expect(planned).toEqual(['dev-account', 'dev-us-east-1', 'prod-account', 'prod-us-east-1']);
      const text = out.text();
      expect(text).toContain('[dev-us-west-2] skipped: dev-us-east-1 failed');
      expect(text).toMatch(/\[dev-replication\] skipped: dev-us-(east-1 failed|west-2 was skipped)/);
      // The failed stack's full log is shown, the others' are not.
      expect(text).toContain('── dev-us-east-1: terraform plan exited 1; its full log');
      expect(text).toContain('Error: plan failed in dev-us-east-1');
      expect(text).not.toContain('Terraform has been successfully initialized!\nPlan: 2 to add');
      expect(text).toMatch(/terraform plan: 3 ok, 1 failed, 2 skipped, in \d+\.\ds\./);
    });
  });

  describe('validate in batches', () => {
    const logOf = (outdir: string, stack: string) => fs.readFileSync(path.join(outdir, 'logs', 'validate', `${stack}.log`), 'utf-8');

    test('one init and one validate per batch, as many batches as stacks run at once; each stack gets its own diagnostics', async () => {
      const outdir = fakeOutdir(PLATFORM);
      fs.writeFileSync(path.join(outdir, 'stacks', 'dev-us-west-2', 'fail-validate'), '');
      expect(await run('validate', [], [], options(outdir, { concurrency: 2 }))).toBe(1);
      expect(tf.calls().sort()).toEqual([
        'batch-1 init -backend=false -input=false -no-color',
        'batch-1 validate -json -no-color',
        'batch-2 init -backend=false -input=false -no-color',
        'batch-2 validate -json -no-color',
      ]);
      const roots = ['batch-1', 'batch-2'].map((b) => JSON.parse(fs.readFileSync(path.join(outdir, 'validate', b, 'cdk.tf.json'), 'utf-8')));
      expect(roots.flatMap((r) => Object.keys(r.module)).sort()).toEqual(Object.keys(PLATFORM).sort());
      expect(roots[0].module['dev-account'] ?? roots[1].module['dev-account']).toEqual({ source: '../../stacks/dev-account' });
      expect(roots[0].terraform.required_providers).toEqual({ aws: { source: 'aws', version: '5.100.0' } });

      const failed = logOf(outdir, 'dev-us-west-2');
      expect(failed).toContain('Error: Unsupported argument\n\n  on cdk.tf.json line 3, in resource.aws_s3_bucket.data:\n  3: "kms_key_idx": "x"');
      expect(failed).not.toContain('The configuration is valid');
      for (const stack of Object.keys(PLATFORM).filter((s) => s !== 'dev-us-west-2')) {
        expect(logOf(outdir, stack)).toContain('Success! The configuration is valid.');
        // The warning that calling a stack as a module causes is not the stack's.
        expect(logOf(outdir, stack)).not.toContain('Backend configuration ignored');
      }
      expect(out.text()).toContain('[dev-us-west-2] failed in');
      expect(out.text()).toMatch(/── dev-us-west-2: the configuration is not valid; its full log/);
      expect(out.text()).toMatch(/dev-account\s+ok/);
      expect(out.text()).toContain('terraform validate: 5 ok, 1 failed, 0 skipped');
    });

    test('a batch whose output names no single stack is validated again stack by stack', async () => {
      const outdir = fakeOutdir(PLATFORM);
      fs.writeFileSync(path.join(outdir, 'stacks', 'prod-account', 'garble-validate'), '');
      expect(await run('validate', [], [], options(outdir, { concurrency: 1 }))).toBe(0);
      expect(tf.calls()).toEqual([
        'batch-1 init -backend=false -input=false -no-color',
        'batch-1 validate -json -no-color',
        ...Object.keys(PLATFORM).flatMap((s) => [`${s} init -backend=false -input=false -no-color`, `${s} validate -no-color`]),
      ]);
      for (const stack of Object.keys(PLATFORM)) expect(logOf(outdir, stack)).toContain('Success! The configuration is valid.');
    });

    test('stacks that behave differently as a module, and Terraform flags, are validated on their own', async () => {
      const outdir = fakeOutdir(PLATFORM);
      const config = (stack: string, extra: object) =>
        fs.writeFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), JSON.stringify({ terraform: { required_providers: {} }, ...extra }));
      config('dev-account', { variable: { image: { type: 'string' } } });
      config('dev-us-east-1', { import: [{ to: 'aws_s3_bucket.data', id: 'data' }] });
      fs.writeFileSync(path.join(outdir, 'stacks', 'prod-account', 'extra.tf'), '');
      config('dev-us-west-2', { variable: { image: { type: 'string', default: 'ami-1' } } });
      expect(await run('validate', [], [], options(outdir, { concurrency: 4 }))).toBe(0);
      const calls = tf.calls();
      for (const alone of ['dev-account', 'dev-us-east-1', 'prod-account']) expect(calls).toContain(`${alone} validate -no-color`);
      expect(calls.filter((c) => c.startsWith('batch-'))).toEqual(['batch-1 init -backend=false -input=false -no-color', 'batch-1 validate -json -no-color']);
      tf = fakeTerraform();
      expect(await run('validate', [], ['-no-tests'], options(fakeOutdir(PLATFORM)))).toBe(0);
      expect(tf.calls().filter((c) => c.startsWith('batch-'))).toEqual([]);
    });
  });

  describe('output', () => {
    test('a summary table lists every stack with result, changes and seconds; each stack has a log file', async () => {
      const outdir = fakeOutdir(PLATFORM);
      expect(await run('plan', [], [], options(outdir))).toBe(0);
      const table = out.text().split('\n\n').find((block) => block.startsWith('stack'))!.split('\n');
      expect(table[0]).toMatch(/^stack\s+result\s+add\s+change\s+destroy\s+seconds$/);
      expect(table.slice(1).map((row) => row.split(/\s+/).slice(0, 5))).toEqual(
        ['dev-account', 'dev-us-east-1', 'dev-us-west-2', 'dev-replication', 'prod-account', 'prod-us-east-1'].map((s) => [s, 'ok', '2', '1', '0']),
      );
      for (const row of table.slice(1)) expect(row).toMatch(/\d+\.\d$/);
      expect(fs.readFileSync(path.join(outdir, 'logs/plan/dev-account.log'), 'utf-8')).toContain('Plan: 2 to add, 1 to change, 0 to destroy.');
    });

    test('apply and destroy totals come from Terraform\'s closing lines; validate has none', async () => {
      await run('deploy', [], ['-auto-approve'], options(twoStacks()));
      expect(out.text()).toMatch(/dev-account\s+ok\s+4\s+0\s+1\s+\d/);
      out = capture();
      await run('destroy', [], ['-auto-approve'], options(twoStacks()));
      expect(out.text()).toMatch(/dev-account\s+ok\s+0\s+0\s+3\s+\d/);
      out = capture();
      await run('validate', [], [], options(twoStacks()));
      expect(out.text()).toMatch(/dev-account\s+ok\s+-\s+-\s+-\s+\d/);
    });

    test('plain output when not on a terminal or under CI; a live block of lines on a terminal', async () => {
      await run('validate', [], [], options(twoStacks(), { batch: false }));
      expect(out.text()).toContain('[dev-account] terraform validate -no-color\n');
      expect(out.text()).not.toContain('\u001b[');
      out = capture(true);
      await run('validate', [], [], options(twoStacks(), { batch: false, env: { ...process.env, CI: '', TF_PLUGIN_CACHE_DIR: cacheDir } }));
      expect(out.text()).toContain('\u001b[2K✓ dev-account');
      expect(out.text()).not.toContain('[dev-account] terraform validate');
      // Terraform keeps its colours on a terminal.
      expect(tf.calls()).toContain('dev-account validate');
    });
  });

  describe('Go runtime', () => {
    const gogcOfInit = (outdir: string) => fs.readFileSync(path.join(outdir, 'stacks/dev-account/init.txt'), 'utf-8').match(/gogc: (.*)/)?.[1];

    test('Terraform runs with GOGC=400 (go-runtime.ts) unless GOGC is set', async () => {
      const outdir = twoStacks();
      await run('plan', [], [], options(outdir));
      expect(gogcOfInit(outdir)).toBe(TERRAFORM_GOGC);
      const own = twoStacks();
      await run('plan', [], [], options(own, { env: { ...process.env, CI: 'true', TF_PLUGIN_CACHE_DIR: cacheDir, GOGC: '100' } }));
      expect(gogcOfInit(own)).toBe('100');
    });
  });

  describe('plugin cache', () => {
    test('creates TF_PLUGIN_CACHE_DIR when missing and gives it to every terraform call', async () => {
      expect(fs.existsSync(cacheDir)).toBe(false);
      await run('validate', [], [], options(twoStacks()));
      expect(fs.statSync(cacheDir).isDirectory()).toBe(true);
      expect(out.text()).toContain(`plugin cache ${cacheDir}`);
    });

    test('falls back to the CLI configuration\'s plugin_cache_dir', async () => {
      const rc = path.join(path.dirname(cacheDir), 'terraform.rc');
      const configured = path.join(path.dirname(cacheDir), 'from-rc');
      fs.writeFileSync(rc, `plugin_cache_dir = "${configured}"\n`);
      const outdir = twoStacks();
      await run('validate', [], [], options(outdir, { batch: false, env: { ...process.env, CI: 'true', TF_CLI_CONFIG_FILE: rc, TF_PLUGIN_CACHE_DIR: '' } }));
      expect(fs.existsSync(configured)).toBe(true);
      expect(fs.readFileSync(path.join(outdir, 'stacks/dev-account/init.txt'), 'utf-8')).toContain(`cache: ${configured}`);
    });

    test('the first init runs alone and its lock file lets every other stack use the cache', async () => {
      process.env.FAKE_TF_SLEEP = '0.2';
      try {
        const outdir = fakeOutdir(PLATFORM);
        expect(await run('validate', [], [], options(outdir, { concurrency: 3, batch: false }))).toBe(0);
        const inits = tf.events().filter((e) => e.command === 'init');
        const first = inits.find((e) => e.edge === 'start')!;
        const firstEnd = inits.find((e) => e.edge === 'end' && e.stack === first.stack)!;
        for (const e of inits.filter((i) => i.edge === 'start' && i.stack !== first.stack)) expect(e.at).toBeGreaterThanOrEqual(firstEnd.at);
        const lockState = (stack: string) => fs.readFileSync(path.join(outdir, 'stacks', stack, 'init.txt'), 'utf-8');
        expect(lockState(first.stack)).toContain('lock: absent');
        for (const stack of Object.keys(PLATFORM).filter((s) => s !== first.stack)) {
          expect(lockState(stack)).toContain('lock: present');
          expect(lockState(stack)).toContain(`cache: ${cacheDir}`);
        }
      } finally {
        delete process.env.FAKE_TF_SLEEP;
      }
    });
  });

  describe('arguments', () => {
    test('--concurrency in either spelling, stacks, and Terraform flags', () => {
      expect(parseArguments(['dev-*', '--concurrency', '3', '--', '-refresh=false'])).toEqual({ selectors: ['dev-*'], extraArgs: ['-refresh=false'], concurrency: 3, batch: true });
      expect(parseArguments(['--concurrency=1', '--no-batch'])).toEqual({ selectors: [], extraArgs: [], concurrency: 1, batch: false });
      expect(parseArguments([])).toEqual({ selectors: [], extraArgs: [], concurrency: undefined, batch: true });
    });

    test('a bad --concurrency says what is expected', () => {
      for (const bad of [['--concurrency', '0'], ['--concurrency', 'many'], ['--concurrency'], ['--concurrency=-2']]) {
        expect(() => parseArguments(bad)).toThrow(/--concurrency needs a positive whole number of stacks to run at once \(got .*\), e.g. --concurrency 4/);
      }
    });
  });
});
