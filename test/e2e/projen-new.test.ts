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
      '--project-name', 'payments', '--owner', 'team-payments', '--cost-center', 'cc-1234',
      '--environments', 'dev', '--environments', 'prod',
      '--account-ids', 'dev=123456789012', '--account-ids', 'prod=210987654321',
      '--primary-region', 'eu-west-1', '--secondary-regions', 'eu-central-1',
    ]);
    const projenrc = fs.readFileSync(path.join(dir, '.projenrc.ts'), 'utf-8');
    expect(projenrc).toMatch(/projectName: ["']payments["']/);
    const settings = fs.readFileSync(path.join(dir, 'src/platform/settings.ts'), 'utf-8');
    expect(settings).toContain('"Owner": "team-payments"');
    expect(settings).toContain('"accountId": "210987654321"');
    expect(settings).toContain('"primaryRegion": "eu-west-1"');
  }, STEP_TIMEOUT);

  test('a bad flag fails with a message naming the option and writes no project file', () => {
    const dir = path.join(work, 'invalid');
    fs.mkdirSync(dir);
    let message = '';
    try {
      projenNew(dir, spec, ['--primary-region', 'us-east-9', '--owner', '']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('primaryRegion: "us-east-9" is not a supported AWS region');
    // Only what `projen new --from` itself installs to load the project type is there.
    const left = fs.readdirSync(dir).filter((f) => !['node_modules', 'package.json', 'package-lock.json'].includes(f));
    expect(left).toEqual([]);
  }, STEP_TIMEOUT);
});
