import { branchesOf, upgradeTargets } from '../../../templates/platform/tooling/upgrade-targets';

const PREFIX = 'github-actions/template-upgrade-';
const PUBLISHED = ['0.9.0', '1.0.0', '1.2.0', '1.10.1', '1.3.0-rc.1', '2.0.0', '2.1.0', '3.0.0-beta.1'];

describe('upgrade targets', () => {
  test('the newest release of the installed major, and separately the newest new major', () => {
    expect(upgradeTargets('1.2.0', PUBLISHED, [], PREFIX)).toEqual({ current: '1.2.0', compatible: '1.10.1', major: '2.1.0', skipped: [] });
  });

  test('nothing compatible when the installed release is the newest of its major; never a pre-release or a downgrade', () => {
    expect(upgradeTargets('1.10.1', PUBLISHED, [], PREFIX)).toEqual({ current: '1.10.1', compatible: undefined, major: '2.1.0', skipped: [] });
    expect(upgradeTargets('2.1.0', PUBLISHED, [], PREFIX)).toEqual({ current: '2.1.0', compatible: undefined, major: undefined, skipped: [] });
  });

  test('0.x releases: a new minor is breaking, as npm reads ^0.y', () => {
    expect(upgradeTargets('0.3.1', ['0.3.2', '0.3.5', '0.4.0', '1.0.0'], [], PREFIX)).toMatchObject({ compatible: '0.3.5', major: '1.0.0' });
  });

  test('leaves a target alone when its branch exists: its pull request may hold commits people added', () => {
    const branches = branchesOf(`abc123\trefs/heads/${PREFIX}1.10.1\ndef456\trefs/heads/${PREFIX}2.0.0\n`);
    expect(branches).toEqual([`${PREFIX}1.10.1`, `${PREFIX}2.0.0`]);
    expect(upgradeTargets('1.2.0', PUBLISHED, branches, PREFIX)).toEqual({ current: '1.2.0', compatible: undefined, major: '2.1.0', skipped: ['1.10.1'] });
  });

  test('rejects an installed version that is not a release', () => {
    expect(() => upgradeTargets('file:../x.tgz', PUBLISHED, [], PREFIX)).toThrow('the installed version "file:../x.tgz" is not a release version');
  });
});
