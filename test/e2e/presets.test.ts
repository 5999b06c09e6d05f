import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { copyOfSharedRepository, envWithoutCi, sh, sharedRepository, timed } from './harness';
import {
  ADDRESS_PLAN_FLAGS,
  describeWithTerraform,
  expectedStackNames,
  planAll,
  reconfigure,
  reportTimings,
  synthesizedStacks,
  terraformEnv,
  validateAll,
} from './repository-checks';

/**
 * The other presets of the repository scaffolded with only its address plan (shared with e2e.test.ts, which covers the default multi-region
 * preset): each synthesizes, validates and plans every stack offline, in its own copy of the repository.
 */
const SETUP_TIMEOUT = 20 * 60 * 1000;
const STEP_TIMEOUT = 15 * 60 * 1000;
const timings: Record<string, number> = {};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-e2e-presets-'));
afterAll(() => reportTimings(timings));

describeWithTerraform()('the presets of a repository scaffolded with only its address plan', () => {
  let tfEnv: NodeJS.ProcessEnv;
  beforeAll(() => {
    timed('projen new to a built repository (shared, presets), s', timings, () => sharedRepository(ADDRESS_PLAN_FLAGS));
    tfEnv = terraformEnv(work);
  }, SETUP_TIMEOUT);

  test.each([
    ['baseline', ['us-east-1']],
    ['enterprise', ['us-east-1', 'us-west-2', 'us-east-2']],
  ])('the %s preset synthesizes, validates and plans every stack offline', (preset, regions) => {
    const repo = copyOfSharedRepository(work, preset, ADDRESS_PLAN_FLAGS);
    const original = fs.readFileSync(path.join(repo, '.projenrc.ts'), 'utf-8');
    reconfigure(repo, original, `  preset: '${preset}',`);
    timed(`synth (${preset} preset, node process), s`, timings, () => sh('npx', ['projen', 'synth'], repo, envWithoutCi()));
    expect(synthesizedStacks(repo)).toEqual(expectedStackNames(regions));
    validateAll(repo, tfEnv, `${preset} preset`, timings);
    planAll(repo, tfEnv, `${preset} preset`, timings);
  }, 2 * STEP_TIMEOUT);
});
