import { synthCi } from './workflow-helpers';

describe.each(['compatible', 'major'])('template-upgrade runs npx projen migrate (%s target)', (target) => {
  const workflow = synthCi().workflows['template-upgrade.yml'];
  const upgrade = workflow.jobs[`upgrade-${target}`];
  const names = upgrade.steps.map((step: { name?: string }) => step.name);

  test('after npx projen and before the build, recording a conflict and the dry-run diff as job outputs', () => {
    const migrate = names.indexOf('Migrate the code the team owns (npx projen migrate)');
    expect(migrate).toBe(names.indexOf('Synthesize the project files (npx projen)') + 1);
    expect(names.indexOf('Build (compile, synth, guardrails, test)')).toBe(migrate + 1);
    const step = upgrade.steps[migrate];
    expect(step.id).toBe('migrate');
    expect(step.run).toContain('if npx projen migrate; then');
    expect(step.run).toContain('npx projen migrate --dry-run 2>&1');
    expect(step.run).not.toContain('${{');
    expect(upgrade.outputs).toMatchObject({
      migration_conflict: '${{ steps.migrate.outputs.migration_conflict }}',
      migration_report: '${{ steps.migrate.outputs.migration_report }}',
    });
  });

  test('the pull request is labelled needs-manual-migration on a conflict and carries the diff in its body', () => {
    const create = workflow.jobs[`pr-${target}`].steps.find((step: { uses?: string }) => step.uses?.startsWith('peter-evans/create-pull-request'))!;
    expect(create.with!.labels).toBe(`\${{ needs.upgrade-${target}.outputs.migration_conflict == 'true' && 'needs-manual-migration' || '' }}`);
    expect(create.with!.body).toMatch(new RegExp(`^\\$\\{\\{ needs\\.upgrade-${target}\\.outputs\\.migration_report \\}\\}\\n\\nUpgrades secure-aws-stack`));
  });
});
