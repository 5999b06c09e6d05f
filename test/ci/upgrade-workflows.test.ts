import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { impactScript, READ_ALLOW_LABEL_SCRIPT } from '../../src/ci/impact-job';
import { PACKAGE_REPOSITORY_URL } from '../../src/ci/template-upgrade-workflow';
import { freshDir } from '../synth-helper';
import { needsOf, synthCi } from './workflow-helpers';

const ci = synthCi();

describe('plan workflow: impact', () => {
  const { jobs } = ci.workflows['plan.yml'];

  test('each plan job exports its plan as JSON beside the report', () => {
    for (const env of ['dev', 'staging', 'production']) {
      expect(jobs[`plan-${env}`].steps.find((s) => s.name === 'Plan')!.run).toContain('terraform -chdir="$dir" show -json tfplan > "$REPORT_DIR/tfplan.json"');
    }
    expect(ci.workflows['drift.yml'].jobs['drift-dev'].steps.find((s) => s.name === 'Plan')!.run).not.toContain('show -json');
  });

  test('the impact job reads every plan, takes the allow label from the pull request as it is now, and fails on a blocked change', () => {
    const impact = jobs.impact;
    expect(needsOf(impact)).toEqual(['synth', 'plan-dev', 'plan-staging', 'plan-production']);
    expect(impact.if).toBe("${{ !cancelled() && needs.synth.result == 'success' }}");
    const labels = impact.steps.find((s) => s.id === 'labels')!;
    expect(labels.env).toEqual({ ALLOW_LABEL: 'allow-stateful-changes' });
    const run = impact.steps.find((s) => s.run?.includes('npx projen impact'))!;
    expect(run.env).toEqual({ REPORTS: '${{ runner.temp }}/reports', IMPACT_ALLOW_STATEFUL_CHANGES: '${{ steps.labels.outputs.allow }}' });
    expect(run.run).toContain('npx projen impact -- --plan-json=tfplan.json');
    const upload = impact.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ name: 'impact', path: 'cdktf.out/impact.md\ncdktf.out/impact.json' });
    expect(upload.if).toBe('${{ !cancelled() }}');
  });

  test('the comment waits for the impact job and puts its summary first; the noop label is infra-noop', () => {
    expect(needsOf(jobs.comment)).toContain('impact');
    const comment = jobs.comment.steps.find((s) => s.name === 'Comment')!;
    expect(comment.env).toMatchObject({ IMPACT: '${{ runner.temp }}/impact', NOOP_LABEL: 'infra-noop' });
    expect(jobs.comment.steps.find((s) => s.with?.name === 'impact')).toBeDefined();
  });

  test('the impact script copies each exported plan next to its stack and refuses odd stack names', () => {
    const root = freshDir('sas-impact-script-');
    const reports = path.join(root, 'reports');
    const report = (dir: string, stack: string, withPlan: boolean) => {
      fs.mkdirSync(path.join(reports, dir), { recursive: true });
      fs.writeFileSync(path.join(reports, dir, 'result.json'), JSON.stringify({ stack, environment: 'dev', status: 'changed' }));
      if (withPlan) fs.writeFileSync(path.join(reports, dir, 'tfplan.json'), `{"stack":"${stack}"}`);
    };
    for (const stack of ['dev-account', 'dev-us-east-1']) fs.mkdirSync(path.join(root, 'cdktf.out', 'stacks', stack), { recursive: true });
    report('plan-dev-account', 'dev-account', true);
    report('plan-dev-us-east-1', 'dev-us-east-1', false);
    const script = impactScript('cdktf.out', 'echo projen');
    const output = execFileSync('bash', ['-eo', 'pipefail', '-c', script], { cwd: root, env: { ...process.env, REPORTS: reports }, encoding: 'utf-8' });
    expect(output.trim()).toBe('projen impact -- --plan-json=tfplan.json');
    expect(fs.readFileSync(path.join(root, 'cdktf.out/stacks/dev-account/tfplan.json'), 'utf-8')).toBe('{"stack":"dev-account"}');
    expect(fs.existsSync(path.join(root, 'cdktf.out/stacks/dev-us-east-1/tfplan.json'))).toBe(false);
    report('plan-evil', '../../etc', true);
    const refused = spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd: root, env: { ...process.env, REPORTS: reports }, encoding: 'utf-8' });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('::error::unexpected stack name');
  });

  test('the label script reads the labels the pull request has now', async () => {
    const outputs: Record<string, string> = {};
    const core = { setOutput: (k: string, v: string) => (outputs[k] = v), notice: () => undefined };
    const context = { repo: { owner: 'acme', repo: 'payments' }, issue: { number: 7 } };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
    for (const [labels, expected] of [[[{ name: 'allow-stateful-changes' }], 'true'], [[{ name: 'infra-noop' }], 'false']] as const) {
      const github = { rest: { issues: { listLabelsOnIssue: 'list' } }, paginate: async () => labels };
      process.env.ALLOW_LABEL = 'allow-stateful-changes';
      await new AsyncFunction('github', 'context', 'core', READ_ALLOW_LABEL_SCRIPT)(github, context, core);
      expect(outputs.allow).toBe(expected);
    }
    delete process.env.ALLOW_LABEL;
  });
});

describe('template-upgrade workflow', () => {
  const { jobs } = ci.workflows['template-upgrade.yml'];

  test('finds its targets first: branch list with a read-only token, credentials dropped before packages install', () => {
    const versions = jobs.versions;
    expect(versions.permissions).toEqual({ contents: 'read' });
    expect(versions.outputs).toEqual({
      current: '${{ steps.targets.outputs.current }}',
      compatible: '${{ steps.targets.outputs.compatible }}',
      major: '${{ steps.targets.outputs.major }}',
    });
    const runs = versions.steps.map((s) => s.run ?? s.uses ?? '');
    const at = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));
    expect(at(/git ls-remote --heads origin 'refs\/heads\/github-actions\/template-upgrade-\*'/)).toBeGreaterThan(-1);
    expect(at(/--unset-all http.https:\/\/github.com\/.extraheader/)).toBeLessThan(at(/install/));
    expect(versions.steps.find((s) => s.id === 'targets')!.run).toBe(
      'node --require ./src/platform/tooling/register-typescript.js src/platform/tooling/upgrade-targets.ts secure-aws-stack "$RUNNER_TEMP/upgrade-branches.txt" github-actions/template-upgrade- | tee -a "$GITHUB_STEP_SUMMARY"',
    );
  });

  test('minor and patch releases and a new major are separate jobs, each only when there is a target', () => {
    for (const target of ['compatible', 'major']) {
      const upgrade = jobs[`upgrade-${target}`];
      expect(needsOf(upgrade)).toEqual(['versions']);
      expect(upgrade.if).toBe(`\${{ needs.versions.outputs.${target} != '' }}`);
      const bump = upgrade.steps.find((s) => s.env?.VERSION)!;
      expect(bump.env).toEqual({ VERSION: `\${{ needs.versions.outputs.${target} }}` });
      // Never @latest: the exact target version, and projen within the package's peer range.
      expect(bump.run).not.toContain('@latest');
      expect(bump.run).toContain('"secure-aws-stack@$VERSION"');
      expect(bump.run).toContain("require('secure-aws-stack/package.json').peerDependencies || {}).projen");
      expect(bump.run).toContain('"projen@$range"');
    }
  });

  test('one branch per target version; the major pull request names both versions and links the changelog', () => {
    const create = (target: string) => jobs[`pr-${target}`].steps.find((s) => s.uses?.startsWith('peter-evans/create-pull-request@'))!.with!;
    expect(create('compatible')).toMatchObject({
      branch: 'github-actions/template-upgrade-${{ needs.versions.outputs.compatible }}',
      title: 'chore(deps): upgrade secure-aws-stack to ${{ needs.versions.outputs.compatible }}',
    });
    const major = create('major');
    expect(major.branch).toBe('github-actions/template-upgrade-${{ needs.versions.outputs.major }}');
    expect(major.title).toBe('chore(deps)!: upgrade secure-aws-stack from ${{ needs.versions.outputs.current }} to ${{ needs.versions.outputs.major }} (major)');
    expect(major.body).toContain(`${PACKAGE_REPOSITORY_URL}/releases/tag/v\${{ needs.versions.outputs.major }}`);
    expect(major.body).toContain(`${PACKAGE_REPOSITORY_URL}/compare/v\${{ needs.versions.outputs.current }}...v\${{ needs.versions.outputs.major }}`);
    // Patches of the two targets do not overwrite each other's artifact.
    expect(jobs['pr-major'].steps.find((s) => s.name === 'Download patch')!.with!.name).toBe('major.patch');
    expect(jobs['pr-compatible'].steps.find((s) => s.name === 'Download patch')!.with!.name).toBe('compatible.patch');
  });

  test('the changelog link points at this package\'s repository', () => {
    const repository = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf-8')).repository.url as string;
    expect(`${PACKAGE_REPOSITORY_URL}.git`).toBe(repository);
  });
});
