// Orders test files for a run on few cores: the end-to-end file that builds the shared fixtures (the packed package
// and the scaffolded repository, test/e2e/shared-fixtures.ts) starts first, the unit tests run on the other workers
// while it builds, and the other end-to-end files, which wait for those fixtures, come last, the longest first, so
// that the workers finish together instead of one of them running the last long file alone.
const Sequencer = require('@jest/test-sequencer').default;

const FIXTURE_BUILDER = /[\\/]test[\\/]e2e[\\/]e2e\.test\.ts$/;
const END_TO_END = /[\\/]test[\\/]e2e[\\/]/;
/** Typical seconds of the end-to-end files on 2 cores (a file not listed counts as short). */
const END_TO_END_SECONDS = {
  'generators.test.ts': 140,
  'preset-enterprise.test.ts': 80,
  'upgrade.test.ts': 57,
  'preset-baseline.test.ts': 37,
  'projen-new.test.ts': 12,
};

class EndToEndFirstSequencer extends Sequencer {
  async sort(tests) {
    const rank = (test) => (FIXTURE_BUILDER.test(test.path) ? 0 : END_TO_END.test(test.path) ? 2 : 1);
    const seconds = (test) => END_TO_END_SECONDS[test.path.split(/[\\/]/).pop()] ?? 0;
    const ordered = await super.sort(tests);
    return [...ordered].sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? seconds(b) - seconds(a) : 0));
  }
}

module.exports = EndToEndFirstSequencer;
