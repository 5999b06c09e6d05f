// Orders test files for a run on few cores: the end-to-end file that builds the shared fixtures (the packed package
// and the scaffolded repository, test/e2e/shared-fixtures.ts) starts first, the unit tests run on the other workers
// while it builds, and the other end-to-end files, which wait for those fixtures, come last.
const Sequencer = require('@jest/test-sequencer').default;

const FIXTURE_BUILDER = /[\\/]test[\\/]e2e[\\/]e2e\.test\.ts$/;
const END_TO_END = /[\\/]test[\\/]e2e[\\/]/;

class EndToEndFirstSequencer extends Sequencer {
  async sort(tests) {
    const rank = (test) => (FIXTURE_BUILDER.test(test.path) ? 0 : END_TO_END.test(test.path) ? 2 : 1);
    const ordered = await super.sort(tests);
    return [...ordered].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = EndToEndFirstSequencer;
