import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  copyOfSharedRepository,
  userShellEnv,
  parseRunnerSummary,
  sh,
  sharedPackage,
  snapshotRepository,
  timed,
} from './harness';
import { ADDRESS_PLAN_FLAGS, describeWithTerraform, reportTimings, terraformEnv, terraformTools } from './repository-checks';

/**
 * The generators run for real in a private copy of the shared scaffolded repository (shared-fixtures.ts): every component is added to it (with the bad-input,
 * dry-run, conflict and force cases around them), then one `npx projen build` (guardrails included) and `terraform
 * validate` of the stacks the components landed in; then `npx projen migrate`; then `npx secure-aws-stack init` from
 * an answers file and through a pseudo-terminal.
 */
const tools = terraformTools();

const SETUP_TIMEOUT = 20 * 60 * 1000;
const STEP_TIMEOUT = 15 * 60 * 1000;
const timings: Record<string, number> = {};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-e2e-generators-'));
let repo = '';
let tarball = '';

/** Runs a command that is expected to fail; returns its combined output and exit code. */
function failing(command: string, args: readonly string[], cwd: string): { output: string; status: number | null } {
  const result = spawnSync(command, args, { cwd, env: userShellEnv(), encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(result.status).not.toBe(0);
  return { output: `${result.stdout}\n${result.stderr}`, status: result.status };
}

/** Runs a command that is expected to succeed; returns its combined output (yeoman and jest log to stderr). */
function run(command: string, args: readonly string[], cwd: string, env = userShellEnv()): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${output}`);
  return output;
}

/**
 * Runs a shell command on a pseudo-terminal (script(1), part of every Debian and Ubuntu system) and types each reply
 * once its prompt has appeared since the previous reply.
 */
function onPseudoTerminal(
  command: string,
  cwd: string,
  replies: ReadonlyArray<[RegExp, string]>,
): Promise<{ status: number | null; answered: number; text: string }> {
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...userShellEnv(), TERM: 'dumb' } });
  let text = '';
  let answered = 0;
  let since = 0;
  return new Promise((resolve) => {
    const onOutput = (chunk: Buffer) => {
      text += chunk.toString();
      const next = replies[answered];
      if (next && next[0].test(text.slice(since))) {
        since = text.length;
        answered++;
        setTimeout(() => child.stdin.write(`${next[1]}\r`), 100);
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('close', (status) => resolve({ status, answered, text }));
  });
}

const add = (...args: string[]) => run('npx', ['projen', 'add', ...args], repo);
const mainTs = () => fs.readFileSync(path.join(repo, 'src', 'main.ts'), 'utf-8');

beforeAll(() => {
  if (!tools.ok) return;
  tarball = timed('package build (compile + npm pack, shared), s', timings, () => sharedPackage());
  repo = timed('private copy of the shared repository, s', timings, () => copyOfSharedRepository(work, 'platform', ADDRESS_PLAN_FLAGS));
}, SETUP_TIMEOUT);

afterAll(() => reportTimings(timings));

describeWithTerraform()('npx projen add', () => {
  test('a missing answer off a terminal fails naming it, and bad answers are all rejected; nothing is written', () => {
    const before = snapshotRepository(repo);
    expect(failing('npx', ['projen', 'add', 'queue'], repo).output).toContain('missing <name> (second argument, e.g. orders): this is not a terminal');
    const bad = failing('npx', ['projen', 'add', 'queue', 'Orders', '--environments', 'dev,qa', '--regions', 'mars-1'], repo).output;
    expect(bad).toContain('name "Orders" must be lowercase letters');
    expect(bad).toContain('--environments: "qa" is not an environment of this repository (dev, staging, production)');
    expect(bad).toContain('--regions: "mars-1" is not a region of this repository (us-east-1, us-west-2)');
    expect(failing('npx', ['projen', 'add', 'bucket', 'logs'], repo).output).toContain('name "logs" is used by the platform\'s own resources');
    expect(failing('npx', ['projen', 'add', 'cluster', 'orders'], repo).output).toContain('component "cluster" is not one of bucket, table, queue, function, service');
    expect(failing('npx', ['projen', 'add', 'queue', 'orders', '--memory', '512'], repo).output).toContain('--memory is not an option of queue');
    expect(failing('npx', ['projen', 'add', 'bucket', 'exports', '--replicate-to', 'eu-west-1'], repo).output).toContain(
      '--replicate-to: eu-west-1 is not a region of environment dev (us-east-1, us-west-2)',
    );
    expect(failing('npx', ['projen', 'add', 'service', 'shop'], repo).output).toContain('--host/--path: a service needs a rule that tells its requests apart');
    expect(snapshotRepository(repo)).toEqual(before);
  }, STEP_TIMEOUT);

  test('--dry-run shows what would be written and writes nothing', () => {
    const before = snapshotRepository(repo);
    const out = timed('add --dry-run (first run installs yeoman), s', timings, () => add('bucket', 'reports', '--dry-run'));
    expect(out).toMatch(/create\s+src\/components\/reports\.ts/);
    expect(out).toContain('would add bucket reports (ReportsBucket)');
    expect(out).toContain("+  for (const stack of regionalStacks(platform)) new ReportsBucket(stack, 'reports');");
    expect(snapshotRepository(repo)).toEqual(before);
  }, STEP_TIMEOUT);

  test('adds a bucket, a table, a queue, a function, a replicated bucket and a service, each wired into src/main.ts', () => {
    timed('add 6 components, s', timings, () => {
      add('bucket', 'reports', '--environments', 'production', '--regions', 'us-east-1', '--noncurrent-version-days', '30');
      add('table', 'ledger', '--environments', 'dev');
      add('queue', 'orders');
      add('function', 'nightly', '--environments', 'dev', '--regions', 'us-west-2', '--schedule', 'rate(1 day)', '--memory', '512');
      add('bucket', 'exports', '--environments', 'staging', '--replicate-to', 'us-west-2');
      add('service', 'shop', '--environments', 'dev', '--path', '/shop/*', '--priority', '200');
    });
    for (const file of ['reports', 'ledger', 'orders', 'nightly', 'exports', 'shop']) {
      expect(fs.existsSync(path.join(repo, 'src', 'components', `${file}.ts`))).toBe(true);
      expect(fs.existsSync(path.join(repo, 'test', 'components', `${file}.test.ts`))).toBe(true);
    }
    expect(fs.existsSync(path.join(repo, 'functions', 'nightly', 'index.js'))).toBe(true);
    expect(fs.readFileSync(path.join(repo, 'src', 'components', 'nightly.ts'), 'utf-8')).toContain("const SCHEDULE: string | undefined = 'rate(1 day)';");
    const main = mainTs();
    expect(main).toContain('  const platform = createPlatformStacks(app, settings);');
    expect(main).toContain("import { createPlatformStacks, regionalStacks } from './platform';");
    expect(main).toContain("  for (const stack of regionalStacks(platform, { environments: ['production'], regions: ['us-east-1'] })) new ReportsBucket(stack, 'reports');");
    expect(main).toContain("  for (const stack of regionalStacks(platform, { environments: ['dev'] })) new LedgerTable(stack, 'ledger');");
    expect(main).toContain("  for (const stack of regionalStacks(platform)) new OrdersQueue(stack, 'orders');");
    expect(main).toContain("  for (const stack of regionalStacks(platform, { environments: ['dev'], regions: ['us-west-2'] })) new NightlyFunction(stack, 'nightly');");
    expect(main).toContain("  for (const stack of regionalStacks(platform, { environments: ['staging'] })) new ExportsBucket(stack, 'exports');");
    expect(main).toContain("  for (const stack of regionalStacks(platform, { environments: ['dev'] })) new ShopService(stack, 'shop');");
    expect(fs.readFileSync(path.join(repo, 'src', 'components', 'exports.ts'), 'utf-8')).toContain("export const REPLICA_REGION = 'us-west-2';");
    expect(fs.readFileSync(path.join(repo, 'src', 'components', 'shop.ts'), 'utf-8')).toContain("const PATH: string | undefined = '/shop/*';");
  }, STEP_TIMEOUT);

  test('on a terminal it asks for every answer not given (a real pseudo-terminal, through script(1))', async () => {
    const replies: Array<[RegExp, string]> = [
      [/Component/, ''], // the first choice: bucket
      [/Name/, 'archive'],
      [/Environments/, ''], // the default: all
      [/Regions/, 'us-east-1'],
      [/noncurrent object versions/, '60'],
      [/replicate-to/, ''], // the default: none
    ];
    const screen = await onPseudoTerminal('npx projen add', repo, replies);
    expect(screen.answered).toBe(replies.length);
    expect(screen.status).toBe(0);
    expect(mainTs()).toContain("  for (const stack of regionalStacks(platform, { regions: ['us-east-1'] })) new ArchiveBucket(stack, 'archive');");
    expect(fs.readFileSync(path.join(repo, 'src', 'components', 'archive.ts'), 'utf-8')).toContain('noncurrentVersionExpirationDays: 60');
  }, STEP_TIMEOUT);

  test('the same name twice is refused; --force overwrites the component files a team changed', () => {
    const component = path.join(repo, 'src', 'components', 'orders.ts');
    const generated = fs.readFileSync(component, 'utf-8');
    fs.writeFileSync(component, `${generated}// edited by the team\n`);
    const before = snapshotRepository(repo);
    expect(failing('npx', ['projen', 'add', 'queue', 'orders'], repo).output).toContain(
      'a component named "orders" already exists: src/components/orders.ts, test/components/orders.test.ts, src/main.ts (new OrdersQueue)',
    );
    expect(snapshotRepository(repo)).toEqual(before);
    const out = add('queue', 'orders', '--force');
    expect(out).toMatch(/force\s+src\/components\/orders\.ts/);
    expect(fs.readFileSync(component, 'utf-8')).toBe(generated);
    expect(mainTs().match(/new OrdersQueue\(/g)).toHaveLength(1);
  }, STEP_TIMEOUT);

  test('a restructured src/main.ts is refused with the lines to add, and nothing is written', () => {
    const original = mainTs();
    fs.writeFileSync(path.join(repo, 'src', 'main.ts'), original.replace('  return app;\n', '  return app as App;\n'));
    const before = snapshotRepository(repo);
    const { output } = failing('npx', ['projen', 'add', 'queue', 'payments-events'], repo);
    expect(output).toContain('src/main.ts was restructured: cannot find `return app;` after createPlatformStacks in createApp');
    expect(output).toContain("for (const stack of regionalStacks(platform)) new PaymentsEventsQueue(stack, 'payments-events');");
    expect(snapshotRepository(repo)).toEqual(before);
    fs.writeFileSync(path.join(repo, 'src', 'main.ts'), original);
  }, STEP_TIMEOUT);

  test('the repository builds with the components (compile, synth, guardrails without suppressions, tests, eslint)', () => {
    const before = snapshotRepository(repo);
    const out = timed('npx projen build with 6 components, s', timings, () => run('npx', ['projen', 'build'], repo));
    // eslint --fix of the build found nothing to rewrite in the generated files.
    const after = snapshotRepository(repo);
    for (const [file, content] of before) if (/^(src|test|functions)\//.test(file)) expect({ file, content: after.get(file) }).toEqual({ file, content });
    expect(out).toMatch(/PASSED: 0 critical, 0 high, 0 medium, 0 low; fails on low and above; 0 suppressed/);
    expect(out).toMatch(/components\/nightly\.test\.ts/);
  }, STEP_TIMEOUT);

  test('terraform validate passes for every stack a component landed in (the repository\'s validate task)', () => {
    const tfEnv = terraformEnv(work);
    const stacks = ['production-us-east-1', 'dev-us-east-1', 'dev-us-west-2', 'staging-us-east-1', 'staging-us-west-2', 'staging-us-east-1-exports-replication'];
    const out = timed('terraform validate of 6 affected stacks, s', timings, () => sh('npx', ['projen', 'validate', ...stacks], repo, tfEnv));
    expect(Object.entries(parseRunnerSummary(out)).map(([stack, row]) => [stack, row.result]).sort()).toEqual(stacks.map((s) => [s, 'ok']).sort());
    for (const stack of stacks) {
      expect(fs.readFileSync(path.join(repo, 'cdktf.out', 'logs', 'validate', `${stack}.log`), 'utf-8')).toContain('The configuration is valid');
    }
  }, STEP_TIMEOUT);
});

describeWithTerraform()('npx projen migrate', () => {
  const record = () => path.join(repo, '.secure-aws-stack.json');
  const oldMain = () =>
    mainTs()
      .replace("import { createPlatformStacks, regionalStacks } from './platform';", "import { buildPlatform, regionalStacks } from './platform';")
      .replace('const platform = createPlatformStacks(app, settings);', 'const platform = buildPlatform(app, settings);');

  test('a conflicting edit of the team aborts the migration with every file unchanged; --dry-run shows the diff', () => {
    fs.writeFileSync(path.join(repo, 'src', 'main.ts'), `${oldMain()}\nexport const build = buildPlatform;\n`);
    fs.writeFileSync(record(), JSON.stringify({ migratedTo: '0.0.1' }));
    const before = snapshotRepository(repo);
    const { output, status } = failing('npx', ['projen', 'migrate'], repo);
    expect(output).toContain('src/main.ts: rename-build-platform: line');
    expect(output).toContain('uses buildPlatform other than in a call (export const build = buildPlatform;)');
    expect(status).not.toBe(0);
    expect(snapshotRepository(repo)).toEqual(before);
  }, STEP_TIMEOUT);

  test('renames buildPlatform in the team\'s code and records the version', () => {
    const migrated = mainTs().replace('\nexport const build = buildPlatform;\n', '');
    fs.writeFileSync(path.join(repo, 'src', 'main.ts'), oldMain().replace('\nexport const build = buildPlatform;\n', ''));
    const dryRun = run('npx', ['projen', 'migrate', '--dry-run'], repo);
    expect(dryRun).toContain('pending migrations: rename-build-platform');
    expect(dryRun).toContain('would rewrite src/main.ts');
    expect(mainTs()).toContain('buildPlatform(app, settings)');
    const out = run('npx', ['projen', 'migrate'], repo);
    expect(out).toContain('rewrote src/main.ts');
    expect(mainTs()).toBe(migrated.replace(/buildPlatform/g, 'createPlatformStacks'));
    expect(JSON.parse(fs.readFileSync(record(), 'utf-8'))).toEqual({ migratedTo: '0.0.0' });
    expect(run('npx', ['projen', 'migrate'], repo)).toContain('nothing to migrate');
  }, STEP_TIMEOUT);
});

describeWithTerraform()('npx secure-aws-stack init', () => {
  const cli = () => path.join(repo, 'node_modules', 'secure-aws-stack', 'generators', 'cli.mjs');
  const from = () => `secure-aws-stack@file:${tarball}`;

  test('off a terminal without answers it fails naming --answers; bad answers are all reported before anything is written', () => {
    const target = path.join(work, 'never-created');
    expect(failing('node', [cli(), 'init', target], work).output).toContain('this is not a terminal, so nothing can be asked: give the answers with --answers <file.json>');
    expect(failing('node', [cli(), 'add', 'queue', 'orders'], work).output).toContain(`no src/platform/settings.ts in ${work}: run this in the root of a repository`);
    const answers = path.join(work, 'bad-answers.json');
    fs.writeFileSync(answers, JSON.stringify({ projectName: 'X', dataClassification: 'secret', environments: ['dev'], accountIds: { dev: '12' } }));
    const { output } = failing('node', [cli(), 'init', target, '--answers', answers], work);
    expect(output).toContain('projectName: "X"');
    expect(output).toContain('dataClassification: "secret" is not allowed');
    expect(output).toContain('accountIds: "dev=12" has a malformed account id');
    expect(fs.existsSync(target)).toBe(false);
  }, STEP_TIMEOUT);

  test('creates a repository from an answers file, with the capabilities in .projenrc.ts', () => {
    const target = path.join(work, 'from-answers');
    const answers = path.join(work, 'answers.json');
    fs.writeFileSync(answers, JSON.stringify({
      projectName: 'ledger',
      organization: 'acme',
      owner: 'team-ledger',
      costCenter: 'cc-4242',
      dataClassification: 'confidential',
      environments: ['dev', 'prod'],
      accountIds: { dev: '123456789012', prod: '210987654321' },
      networkCidr: '10.64.0.0/10',
      preset: 'baseline',
      primaryRegion: 'eu-west-1',
      alarmEmails: ['ops@example.com'],
      securityContactName: 'Ledger security',
      securityContactTitle: 'Security team',
      securityContactEmail: 'security@example.com',
      securityContactPhone: '+1 555 0100',
      domainName: 'ledger.example.com',
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    }));
    timed('init --answers (projen new + synth), s', timings, () => sh('node', [cli(), 'init', target, '--answers', answers, '--from', from(), '--no-git'], work, userShellEnv()));
    const projenrc = fs.readFileSync(path.join(target, '.projenrc.ts'), 'utf-8');
    expect(projenrc).toContain("projectName: 'ledger'");
    expect(projenrc).toContain("domainName: 'ledger.example.com'");
    expect(projenrc).toContain("hostedZoneId: 'Z0123456789ABCDEFGHIJ'");
    const settings = fs.readFileSync(path.join(target, 'src', 'platform', 'settings.ts'), 'utf-8');
    expect(settings).toContain('"domainName": "ledger.example.com"');
    expect(settings).toContain('"accountId": "210987654321"');
    expect(settings).toContain('"CostCenter": "cc-4242"');
    expect(settings).toContain('"emailAddress": "security@example.com"');
  }, STEP_TIMEOUT);

  test('asks every question on a terminal (a real pseudo-terminal, through script(1))', async () => {
    const target = path.join(work, 'interactive');
    const replies: Array<[RegExp, string]> = [
      [/Project name/, 'orders'],
      [/Organisation/, 'acme'],
      [/Owner/, 'team-orders'],
      [/Cost centre/, 'cc-7'],
      [/Data classification/, 'internal'],
      [/Environments/, 'dev,prod'],
      [/Account id of dev/, '123456789012'],
      [/Account id of prod/, '210987654321'],
      [/Private IPv4 block/, '10.64.0.0/10'],
      [/Preset/, 'multi-region'],
      [/Primary region/, 'us-east-1'],
      [/Secondary regions/, 'us-west-2'],
      [/E-mail addresses for the alarms/, 'ops@example.com'],
      [/Security contact of the accounts/, 'Orders security'],
      [/Security contact: title/, 'Security team'],
      [/Security contact: e-mail/, 'security@example.com'],
      [/Security contact: phone/, '+1 555 0100'],
      [/Domain name/, 'orders.example.com'],
      [/hosted zone id/, 'Z0123456789ABCDEFGHIJ'],
    ];
    const command = [process.execPath, cli(), 'init', target, '--from', from(), '--no-git', '--no-post'].map((a) => `'${a}'`).join(' ');
    const start = Date.now();
    const { status, answered, text } = await onPseudoTerminal(command, work, replies);
    timings['init on a pseudo-terminal (projen new --no-post), s'] = (Date.now() - start) / 1000;
    expect(answered).toBe(replies.length);
    expect({ status, screen: status === 0 ? '' : text }).toEqual({ status: 0, screen: '' });
    const projenrc = fs.readFileSync(path.join(target, '.projenrc.ts'), 'utf-8');
    expect(projenrc).toMatch(/projectName: ["']orders["']/);
    expect(projenrc).toMatch(/secondaryRegions: \[["']us-west-2["']\]/);
    expect(projenrc).toMatch(/accountIds: \[["']dev=123456789012["'], ?["']prod=210987654321["']\]/);
    expect(projenrc).toContain("domainName: 'orders.example.com'");
    expect(projenrc).toMatch(/networkCidr: ["']10\.64\.0\.0\/10["']/);
  }, STEP_TIMEOUT);
});
