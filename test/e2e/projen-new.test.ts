import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { projenNew, sharedPackage, timed } from './harness';
import { describeWithTerraform, reportTimings } from './repository-checks';

/** `projen new --from` with flags: they become options; a bad one is rejected before any project file is written. */
const SETUP_TIMEOUT = 20 * 60 * 1000;
const STEP_TIMEOUT = 15 * 60 * 1000;
const timings: Record<string, number> = {};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-e2e-new-'));
afterAll(() => reportTimings(timings));

describeWithTerraform()('projen new flags', () => {
  let spec = '';
  beforeAll(() => {
    spec = `secure-aws-stack@file:${timed('package build (compile + npm pack, shared, flags), s', timings, () => sharedPackage())}`;
  }, SETUP_TIMEOUT);

  test('flags become options in .projenrc.ts and settings', () => {
    const dir = path.join(work, 'flags');
    fs.mkdirSync(dir);
    projenNew(dir, spec, [
      '--no-post',
      // Number-like values where strings are meant arrive as numbers; they are the strings they look like.
      '--project-name', 'payments', '--owner', 'team-payments', '--cost-center', '4711', '--organization', '1234',
      '--environments', 'dev', '--environments', 'prod',
      '--account-ids', 'dev=123456789012', '--account-ids', 'prod=210987654321',
      '--primary-region', 'eu-west-1', '--secondary-regions', 'eu-central-1',
      '--network-cidr', '10.96.0.0/11', '--security-baselines', 'prod=external', '--github-repository', 'acme/payments-infra',
      // A production environment with a real account id needs an alarm subscriber.
      '--alarm-emails', 'ops@example.com',
    ]);
    const projenrc = fs.readFileSync(path.join(dir, '.projenrc.ts'), 'utf-8');
    expect(projenrc).toMatch(/projectName: ["']payments["']/);
    expect(projenrc).toMatch(/costCenter: ["']4711["']/);
    expect(projenrc).toMatch(/organization: ["']1234["']/);
    const settings = fs.readFileSync(path.join(dir, 'src/platform/settings.ts'), 'utf-8');
    expect(settings).toContain('"Owner": "team-payments"');
    expect(settings).toContain('"accountId": "210987654321"');
    expect(settings).toContain('"primaryRegion": "eu-west-1"');
    expect(settings).toContain('"securityBaseline": "external"');
    expect(settings).toContain('"repository": "acme/payments-infra"');
    expect(settings).toContain('"ops@example.com"');
  }, STEP_TIMEOUT);

  test('a bad flag fails with a message naming the option and writes no project file', () => {
    const dir = path.join(work, 'invalid');
    fs.mkdirSync(dir);
    let message = '';
    try {
      projenNew(dir, spec, ['--primary-region', 'us-east-9', '--owner', '', '--state-bucket', '12', '--plan-retention-days', 'abc', '--environments']);
    } catch (error) {
      message = (error as Error).message;
    }
    // As the README shows it: the header once, one line per problem, no stack trace, nothing caused by another problem.
    const header = 'secure-aws-stack: invalid options in .projenrc.ts (or projen new flags); nothing was written.';
    const printed = message.slice(message.indexOf(header)).trimEnd().split('\n');
    expect(printed[0]).toBe(header);
    expect(printed.slice(1).map((line) => line.replace(/:.*/, '')).sort()).toEqual(
      ['environments', 'owner', 'planRetentionDays', 'primaryRegion', 'stateBucket'].map((option) => `  - ${option}`),
    );
    expect(message.split(header)).toHaveLength(2);
    expect(message).not.toMatch(/^\s+at /m);
    expect(message).not.toContain('throw new');
    expect(message).toContain('primaryRegion: "us-east-9" is not a supported AWS region');
    expect(message).toContain('stateBucket: "12" is not a valid S3 bucket name');
    expect(message).toContain('planRetentionDays: is not a number');
    expect(message).toContain('environments: has no value');
    // Only what `projen new --from` itself installs to load the project type is there.
    const left = fs.readdirSync(dir).filter((f) => !['node_modules', 'package.json', 'package-lock.json'].includes(f));
    expect(left).toEqual([]);
  }, STEP_TIMEOUT);
});
