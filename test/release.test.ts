import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

const ROOT = path.join(__dirname, '..');
const tasks = JSON.parse(fs.readFileSync(path.join(ROOT, '.projen/tasks.json'), 'utf-8')).tasks;
const workflow = (name: string) => parse(fs.readFileSync(path.join(ROOT, '.github/workflows', name), 'utf-8'));

// The template-upgrade workflow of every repository tells compatible releases from breaking ones by the version.
describe('releases of this package', () => {
  test('have semantic versions from conventional commits, from 1.0.0 on, with a changelog', () => {
    expect(tasks.release.env).toMatchObject({ RELEASE: 'true', MIN_MAJOR: '1' });
    expect(tasks.release.steps.map((s: any) => s.spawn).filter(Boolean)).toEqual(['bump', 'build', 'unbump']);
    expect(tasks.bump.env).toMatchObject({ CHANGELOG: 'dist/changelog.md', RELEASETAG: 'dist/releasetag.txt', RELEASE_TAG_PREFIX: '' });
  });

  test('publish the changelog as the GitHub release notes of tag v<version>, and the package to npm', () => {
    const release = workflow('release.yml');
    const notes = release.jobs.release_github.steps.find((s: any) => s.name === 'Release');
    expect(notes.env.CHANGELOG_FILE).toBe('dist/changelog.md');
    expect(notes.run).toContain('gh release create "$tag" -R "$GITHUB_REPOSITORY" -F "$CHANGELOG_FILE"');
    expect(Object.keys(release.jobs)).toContain('release_npm');
  });

  test('take their commit types from linted pull-request titles', () => {
    const lint = workflow('pull-request-lint.yml');
    const types = lint.jobs.validate.steps.find((s: any) => s.with?.types).with.types.split('\n');
    expect(types).toEqual(expect.arrayContaining(['feat', 'fix', 'chore']));
  });
});
