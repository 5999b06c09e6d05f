import * as fs from 'fs';
import * as path from 'path';
import { freshDir, newProject } from './synth-helper';
import { SecureAwsStackProject } from '../src';
import { ResyncReport } from '../src/components/resync-report';

const reportOf = (project: SecureAwsStackProject) => project.components.find((c): c is ResyncReport => c instanceof ResyncReport)!;

// Synthesize into a real directory, as `npx projen` does, without the post-synth `npm install`.
process.env.PROJEN_DISABLE_POST = 'true';

describe('the resync report', () => {
  test('counts files written, removed and unchanged', () => {
    const dir = freshDir('sas-resync-report-');
    const first = newProject({}, dir);
    first.synth();
    const created = reportOf(first).summarize();
    expect(created.written.length).toBeGreaterThan(50);
    expect(created.written).toContain('src/platform/settings.ts');
    expect(created).toMatchObject({ removed: [], unchanged: 0 });

    // A time that a rewrite would not give the files: rewritten or not shows in their modification times.
    const longAgo = new Date('2020-01-01T00:00:00Z');
    const timeOf = (file: string) => fs.statSync(path.join(dir, file)).mtime.toISOString();
    for (const file of created.written) fs.utimesSync(path.join(dir, file), longAgo, longAgo);

    const second = newProject({}, dir);
    second.synth();
    expect(reportOf(second).summarize()).toEqual({ written: [], removed: [], unchanged: created.written.length });
    expect(reportOf(second).summaryLine()).toBe(`secure-aws-stack: 0 files written, 0 removed, ${created.written.length} unchanged`);
    // Unchanged files keep their times, so `tsc --build` finds the compiled output up to date.
    expect(created.written.filter((file) => timeOf(file) !== longAgo.toISOString())).toEqual([]);

    // A hand edit is undone (written); a managed file no longer produced is removed.
    const managed = path.join(dir, 'src/platform/naming.ts');
    fs.chmodSync(managed, 0o644);
    fs.writeFileSync(managed, '// edited by hand\n');
    const third = newProject({ ciWorkflows: [] } as any, dir);
    third.synth();
    const summary = reportOf(third).summarize();
    // The hand-edited file, and the lists of generated files that no longer name the workflows.
    expect(summary.written).toEqual(['.gitattributes', '.gitignore', '.projen/files.json', 'src/platform/naming.ts']);
    expect(summary.removed.length).toBeGreaterThan(0);
    expect(summary.removed.every((f) => f.startsWith('.github/'))).toBe(true);
    // What was written has a new time; the rest keeps its own.
    const kept = created.written.filter((file) => !summary.removed.includes(file));
    expect(kept.filter((file) => summary.written.includes(file) !== (timeOf(file) !== longAgo.toISOString()))).toEqual([]);
    expect(reportOf(third).summaryLine()).toMatch(/^secure-aws-stack: 4 files written \(\.gitattributes, \.gitignore, \.projen\/files.json, …\), \d+ removed \(\.github\/.*\), \d+ unchanged$/);
  });
});
