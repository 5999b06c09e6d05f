// Orders test files for a run on few cores, longest work first so that the workers finish together:
// 1. the end-to-end file that builds the shared fixtures (the packed package and the scaffolded repository,
//    test/e2e/shared-fixtures.ts);
// 2. the end-to-end files that need only the package, which the other workers run while the repository builds;
// 3. the end-to-end files that wait for the repository;
// 4. the unit tests, many short files that fill the workers up to the end, so that no worker is left alone with the
//    last end-to-end file.
// In each end-to-end group the longest file comes first.
const Sequencer = require('@jest/test-sequencer').default;

const FIXTURE_BUILDER = /[\\/]test[\\/]e2e[\\/]e2e\.test\.ts$/;
const END_TO_END = /[\\/]test[\\/]e2e[\\/]/;
/** The end-to-end files that use sharedPackage() but not sharedRepository(). */
const PACKAGE_ONLY = new Set(['upgrade.test.ts', 'projen-new.test.ts']);
/** Typical seconds of the end-to-end files in `.ci/run` on 2 cores (a file not listed counts as short). */
const END_TO_END_SECONDS = {
  'generators.test.ts': 330,
  'upgrade.test.ts': 175,
  'preset-enterprise.test.ts': 155,
  'preset-baseline.test.ts': 85,
  'projen-new.test.ts': 20,
};

const fileName = (test) => test.path.split(/[\\/]/).pop();

function endToEndSeconds(test) {
  return END_TO_END.test(test.path) ? END_TO_END_SECONDS[fileName(test)] ?? 0 : 0;
}

function group(test) {
  if (FIXTURE_BUILDER.test(test.path)) return 0;
  if (!END_TO_END.test(test.path)) return 3;
  return PACKAGE_ONLY.has(fileName(test)) ? 1 : 2;
}

class EndToEndFirstSequencer extends Sequencer {
  async sort(tests) {
    // The unit tests keep the base order (the longest of the previous run first).
    const ordered = await super.sort(tests);
    return [...ordered].sort((a, b) => group(a) - group(b) || endToEndSeconds(b) - endToEndSeconds(a));
  }
}

module.exports = EndToEndFirstSequencer;
