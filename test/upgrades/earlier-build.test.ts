import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { earlierBuild, RECORDED_BASELINE_DIR, readRecordedBaseline } from '../e2e/earlier-build';

/** The upgrade test's baseline (test/e2e/earlier-build.ts): the recorded tarball, used only while it is intact. */
describe('the recorded upgrade baseline', () => {
  const { SAS_UPGRADE_FROM: upgradeFrom } = process.env;
  beforeAll(() => delete process.env.SAS_UPGRADE_FROM);
  afterAll(() => {
    if (upgradeFrom !== undefined) process.env.SAS_UPGRADE_FROM = upgradeFrom;
  });

  test('is an npm tarball of this package, built from a commit of this repository, and intact', () => {
    const recorded = readRecordedBaseline();
    expect(recorded.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(execFileSync('git', ['cat-file', '-t', recorded.commit], { encoding: 'utf-8' }).trim()).toBe('commit');
    const build = earlierBuild(os.tmpdir());
    expect(build).toEqual({ ref: recorded.commit, tarball: path.join(RECORDED_BASELINE_DIR, recorded.tarball), source: 'recorded' });
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', build.tarball, 'package/package.json'], { encoding: 'utf-8' }));
    expect(manifest.name).toBe('secure-aws-stack');
  });

  test('a tarball that differs from its recorded SHA-256 is refused with the command that records it again', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-baseline-'));
    try {
      fs.cpSync(RECORDED_BASELINE_DIR, copy, { recursive: true });
      const recorded = readRecordedBaseline(copy);
      fs.appendFileSync(path.join(copy, recorded.tarball), 'tampered');
      expect(() => earlierBuild(copy, copy)).toThrow(
        new RegExp(`${recorded.tarball} has SHA-256 [0-9a-f]{64}, but .*provenance\\.json records ${recorded.sha256}; ` +
          `record it again with \`npx projen upgrade-baseline:record ${recorded.commit}\``),
      );
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
