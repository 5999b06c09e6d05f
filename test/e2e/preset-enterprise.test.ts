import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sharedRepository, timed } from './harness';
import { ADDRESS_PLAN_FLAGS, checkPreset, describeWithTerraform, reportTimings } from './repository-checks';

/**
 * The enterprise preset of the repository scaffolded with only its address plan (e2e.test.ts covers the default
 * multi-region preset). One file per preset, so that jest runs the presets on different workers.
 */
const timings: Record<string, number> = {};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-e2e-preset-enterprise-'));
afterAll(() => reportTimings(timings));

describeWithTerraform()('the enterprise preset of a repository scaffolded with only its address plan', () => {
  beforeAll(() => {
    timed('projen new to a built repository (shared, enterprise preset), s', timings, () => sharedRepository(ADDRESS_PLAN_FLAGS));
  }, 20 * 60 * 1000);

  test('synthesizes, validates and plans every stack offline', () => {
    checkPreset('enterprise', ['us-east-1', 'us-west-2', 'us-east-2'], work, timings);
  }, 30 * 60 * 1000);
});
