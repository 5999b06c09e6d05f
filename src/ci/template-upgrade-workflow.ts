import { Component, github, javascript } from 'projen';
import { addWorkflow, BASH, checkout, CiContext, installSteps, runsOn } from './workflow-kit';

const { JobPermission } = github.workflows;
const PACKAGE = 'secure-aws-stack';
const PATCH_OUTPUT = 'patch_created';
const MIGRATION_CONFLICT_OUTPUT = 'migration_conflict';
const MIGRATION_REPORT_OUTPUT = 'migration_report';
/** The label of an upgrade pull request whose migration needs a person. */
export const MIGRATION_LABEL = 'needs-manual-migration';

/**
 * `template-upgrade.yml`, on a schedule and on demand: how an organisation's standard reaches every repository.
 * The `upgrade` job installs the newest secure-aws-stack and the newest projen it supports, moves the
 * `projenVersion` pin of .projenrc.ts along, re-synthesizes (`npx projen`) and builds; it holds a read-only token,
 * because installing packages runs their code. When files changed, the `pr` job (projen's pull-request-from-patch
 * job) opens or updates a pull request with projen's credentials (`PROJEN_GITHUB_TOKEN` by default, or the
 * `githubOptions.projenCredentials` of .projenrc.ts), so that the build and plan workflows run on it: pull
 * requests opened with the workflow's own GITHUB_TOKEN trigger no workflow.
 */
export class TemplateUpgradeWorkflow extends Component {
  public readonly workflow: github.GithubWorkflow;

  constructor(ctx: CiContext) {
    super(ctx.project);
    this.workflow = addWorkflow(ctx, 'template-upgrade', { group: '${{ github.workflow }}', cancelInProgress: false });
    this.workflow.on({ schedule: [{ cron: ctx.ci.templateUpgradeSchedule }], workflowDispatch: {} });

    const add = addDevCommand(ctx.project.package.packageManager);
    this.workflow.addJobs({
      upgrade: {
        name: `Upgrade ${PACKAGE} and projen`,
        ...runsOn(ctx),
        permissions: { contents: JobPermission.READ },
        timeoutMinutes: 45,
        defaults: BASH,
        outputs: {
          [PATCH_OUTPUT]: { stepId: 'create_patch', outputName: PATCH_OUTPUT },
          [MIGRATION_CONFLICT_OUTPUT]: { stepId: 'migrate', outputName: MIGRATION_CONFLICT_OUTPUT },
          [MIGRATION_REPORT_OUTPUT]: { stepId: 'migrate', outputName: MIGRATION_REPORT_OUTPUT },
        },
        steps: [
          checkout(ctx),
          ...installSteps(ctx),
          {
            name: `Install the newest ${PACKAGE} and the newest projen it supports`,
            run: [
              `${add} ${PACKAGE}@latest`,
              `range="$(node -p "(require('${PACKAGE}/package.json').peerDependencies || {}).projen || 'latest'")"`,
              `${add} "projen@$range"`,
              'version="$(node -p "require(\'projen/package.json\').version")"',
              // projen new pins projen in .projenrc.ts; npx projen would otherwise put the old version back.
              'if [ -f .projenrc.ts ]; then',
              '  sed -E -i "s/(projenVersion: *[\'\\"])[^\'\\"]*([\'\\"])/\\1$version\\2/" .projenrc.ts',
              'fi',
              `echo "${PACKAGE} $(node -p "require('${PACKAGE}/package.json').version"), projen $version" >> "$GITHUB_STEP_SUMMARY"`,
            ].join('\n'),
          },
          { name: 'Synthesize the project files (npx projen)', run: ctx.project.projenCommand },
          migrateStep(ctx.project.projenCommand),
          { name: 'Build (compile, synth, guardrails, test)', run: ctx.project.runTaskCommand(ctx.project.buildTask) },
          ...github.WorkflowActions.uploadGitPatch({ stepId: 'create_patch', outputName: PATCH_OUTPUT }),
        ],
      },
      pr: withMigrationReport(withoutExpressionsInRun(github.WorkflowJobs.pullRequestFromPatch({
        patch: { jobId: 'upgrade', outputName: PATCH_OUTPUT },
        workflowName: this.workflow.name,
        credentials: ctx.github.projenCredentials,
        pullRequestTitle: `chore(deps): upgrade ${PACKAGE} and projen`,
        pullRequestDescription: `Upgrades ${PACKAGE} and projen and re-synthesizes the managed files. Review the plan comment before merging.`,
        branchName: `github-actions/${this.workflow.name}`,
        ...runsOn(ctx),
      }))),
    });
  }
}

/**
 * projen's patch step reads `${{ runner.temp }}` inside its script; every script of these workflows takes values from
 * the environment instead, so that a review can hold them to "no expression in a script" without exceptions.
 */
function withoutExpressionsInRun(job: github.workflows.Job): github.workflows.Job {
  return {
    ...job,
    steps: job.steps.map((step) =>
      step.run?.includes('${{ runner.temp }}') ? { ...step, run: step.run.split('${{ runner.temp }}').join('"$RUNNER_TEMP"') } : step,
    ),
  };
}

/**
 * `npx projen migrate` rewrites the code the team owns for the new platform API. On a change it cannot make safely it
 * writes nothing; the step records that and the dry-run diff, and the pull request gets the label and the diff.
 */
function migrateStep(projenCommand: string): github.workflows.JobStep {
  return {
    name: 'Migrate the code the team owns (npx projen migrate)',
    id: 'migrate',
    run: [
      `if ${projenCommand} migrate; then`,
      `  echo "${MIGRATION_CONFLICT_OUTPUT}=false" >> "$GITHUB_OUTPUT"`,
      'else',
      `  echo "${MIGRATION_CONFLICT_OUTPUT}=true" >> "$GITHUB_OUTPUT"`,
      '  {',
      `    echo "${MIGRATION_REPORT_OUTPUT}<<SAS_MIGRATION_REPORT"`,
      "    echo '### Needs manual migration'",
      "    echo 'npx projen migrate stopped at a change it cannot make safely and rewrote nothing. Make the changes below by hand, then run npx projen migrate. Its dry run:'",
      "    echo '```'",
      `    ${projenCommand} migrate --dry-run 2>&1 | tail -n 300 || true`,
      "    echo '```'",
      '    echo "SAS_MIGRATION_REPORT"',
      '  } >> "$GITHUB_OUTPUT"',
      'fi',
    ].join('\n'),
  };
}

/** Labels the upgrade pull request `needs-manual-migration` and adds the migration's dry-run diff to its body. */
function withMigrationReport(job: github.workflows.Job): github.workflows.Job {
  const conflict = `needs.upgrade.outputs.${MIGRATION_CONFLICT_OUTPUT} == 'true'`;
  return {
    ...job,
    steps: job.steps.map((step) =>
      step.uses?.startsWith('peter-evans/create-pull-request')
        ? {
          ...step,
          with: {
            ...step.with,
            labels: `\${{ ${conflict} && '${MIGRATION_LABEL}' || '' }}`,
            body: `\${{ needs.upgrade.outputs.${MIGRATION_REPORT_OUTPUT} }}\n\n${step.with?.body ?? ''}`,
          },
        }
        : step,
    ),
  };
}

function addDevCommand(packageManager: javascript.NodePackageManager): string {
  switch (packageManager) {
    case javascript.NodePackageManager.PNPM:
      return 'pnpm add --save-dev';
    case javascript.NodePackageManager.BUN:
      return 'bun add --dev';
    case javascript.NodePackageManager.YARN:
    case javascript.NodePackageManager.YARN_CLASSIC:
    case javascript.NodePackageManager.YARN2:
    case javascript.NodePackageManager.YARN_BERRY:
      return 'yarn add --dev';
    default:
      return 'npm install --save-dev';
  }
}
