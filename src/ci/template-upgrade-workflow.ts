import { Component, github, javascript } from 'projen';
import { addWorkflow, BASH, checkout, CiContext, installSteps, runsOn } from './workflow-kit';
import { typescriptCommand } from '../components/typescript-command';
import { platformPath } from '../repository-layout';

const { JobPermission } = github.workflows;
const PACKAGE = 'secure-aws-stack';
/** Where the package's releases and their changelogs are published. */
export const PACKAGE_REPOSITORY_URL = 'https://github.com/secure-aws-stack/secure-aws-stack';
/** One branch per target version: `github-actions/template-upgrade-<version>`. */
export const UPGRADE_BRANCH_PREFIX = 'github-actions/template-upgrade-';
const PATCH_OUTPUT = 'patch_created';
const MIGRATION_CONFLICT_OUTPUT = 'migration_conflict';
const MIGRATION_REPORT_OUTPUT = 'migration_report';
/** The label of an upgrade pull request whose migration needs a person. */
export const MIGRATION_LABEL = 'needs-manual-migration';
const TARGETS_RUNNER = platformPath('tooling/upgrade-targets.ts');

type Target = 'compatible' | 'major';

/**
 * `template-upgrade.yml`, on a schedule and on demand: how an organisation's standard reaches every repository.
 * The `versions` job finds the newest release of the installed major version (minor and patch releases) and the
 * newest new major version, skipping any whose branch already exists (its pull request is open and may hold commits
 * people added: nothing is ever pushed over them). For each target, an `upgrade-*` job installs that exact version
 * and the newest projen the package supports (its projen peer range), moves the `projenVersion` pin of .projenrc.ts
 * along, re-synthesizes (`npx projen`) and builds, with a read-only token because installing packages runs their
 * code. When files changed, a `pr-*` job (projen's pull-request-from-patch job) opens a pull request on the branch
 * `github-actions/template-upgrade-<version>` with projen's credentials (`PROJEN_GITHUB_TOKEN` by default, or the
 * `githubOptions.projenCredentials` of .projenrc.ts), so that the build and plan workflows run on it: pull requests
 * opened with the workflow's own GITHUB_TOKEN trigger no workflow. A new major version gets its own pull request,
 * naming both versions and linking the changelog.
 */
export class TemplateUpgradeWorkflow extends Component {
  public readonly workflow: github.GithubWorkflow;

  constructor(ctx: CiContext) {
    super(ctx.project);
    this.workflow = addWorkflow(ctx, 'template-upgrade', { group: '${{ github.workflow }}', cancelInProgress: false });
    this.workflow.on({ schedule: [{ cron: ctx.ci.templateUpgradeSchedule }], workflowDispatch: {} });

    this.workflow.addJobs({
      'versions': versionsJob(ctx),
      'upgrade-compatible': upgradeJob(ctx, 'compatible'),
      'pr-compatible': pullRequestJob(ctx, this.workflow.name, 'compatible'),
      'upgrade-major': upgradeJob(ctx, 'major'),
      'pr-major': pullRequestJob(ctx, this.workflow.name, 'major'),
    });
  }
}

const output = (target: Target | 'current') => `\${{ needs.versions.outputs.${target} }}`;

function versionsJob(ctx: CiContext): github.workflows.Job {
  return {
    name: `Find the ${PACKAGE} releases to upgrade to`,
    ...runsOn(ctx),
    permissions: { contents: JobPermission.READ },
    timeoutMinutes: 15,
    defaults: BASH,
    outputs: Object.fromEntries((['current', 'compatible', 'major'] as const).map((name) => [name, { stepId: 'targets', outputName: name }])),
    steps: [
      // Credentials (a read-only token) only for listing branches; removed before any package code runs.
      { ...checkout(ctx), with: { 'persist-credentials': true } },
      {
        name: 'List the open upgrade branches, then drop the credentials before installing packages',
        run: [
          `git ls-remote --heads origin 'refs/heads/${UPGRADE_BRANCH_PREFIX}*' > "$RUNNER_TEMP/upgrade-branches.txt"`,
          'git config --local --unset-all http.https://github.com/.extraheader || true',
        ].join('\n'),
      },
      ...installSteps(ctx),
      {
        id: 'targets',
        name: 'Newest release of the installed major version, and newest new major version',
        run: `${typescriptCommand(TARGETS_RUNNER, PACKAGE, '"$RUNNER_TEMP/upgrade-branches.txt"', UPGRADE_BRANCH_PREFIX).join(' ')} | tee -a "$GITHUB_STEP_SUMMARY"`,
      },
    ],
  };
}

function upgradeJob(ctx: CiContext, target: Target): github.workflows.Job {
  const add = addDevCommand(ctx.project.package.packageManager);
  return {
    name: `Upgrade ${PACKAGE} (${target === 'major' ? 'new major version' : 'minor and patch releases'}) and projen`,
    needs: ['versions'],
    if: `\${{ needs.versions.outputs.${target} != '' }}`,
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
        name: `Install the target release of ${PACKAGE} and the newest projen it supports`,
        env: { VERSION: output(target) },
        run: [
          `${add} "${PACKAGE}@$VERSION"`,
          // The package's projen peer range: never a projen the package was not built for.
          `range="$(node -p "(require('${PACKAGE}/package.json').peerDependencies || {}).projen || 'latest'")"`,
          `${add} "projen@$range"`,
          'version="$(node -p "require(\'projen/package.json\').version")"',
          // projen new pins projen in .projenrc.ts; npx projen would otherwise put the old version back.
          'if [ -f .projenrc.ts ]; then',
          '  sed -E -i "s/(projenVersion: *[\'\\"])[^\'\\"]*([\'\\"])/\\1$version\\2/" .projenrc.ts',
          'fi',
          `echo "${PACKAGE} $VERSION, projen $version (range $range)" >> "$GITHUB_STEP_SUMMARY"`,
        ].join('\n'),
      },
      { name: 'Synthesize the project files (npx projen)', run: ctx.project.projenCommand },
      migrateStep(ctx.project.projenCommand),
      { name: 'Build (compile, synth, guardrails, test)', run: ctx.project.runTaskCommand(ctx.project.buildTask) },
      ...github.WorkflowActions.uploadGitPatch({ stepId: 'create_patch', outputName: PATCH_OUTPUT, patchFile: `${target}.patch` }),
    ],
  };
}

function pullRequestJob(ctx: CiContext, workflowName: string, target: Target): github.workflows.Job {
  const current = output('current');
  const next = output(target);
  const changelog = `${PACKAGE_REPOSITORY_URL}/releases/tag/v${next}`;
  const description =
    target === 'major'
      ? `Upgrades ${PACKAGE} from ${current} to ${next}, a new major version: it may change what the platform deploys or ` +
        `need changes to .projenrc.ts and your own code. Read the changelog first: ${changelog} (all changes: ` +
        `${PACKAGE_REPOSITORY_URL}/compare/v${current}...v${next}). The impact summary of the plan comment lists every ` +
        'resource it would replace or destroy; see docs/upgrades.md'
      : `Upgrades ${PACKAGE} from ${current} to ${next} (same major version) and projen within the range it supports, ` +
        `and re-synthesizes the managed files. Changelog: ${changelog}. Review the impact summary of the plan comment before merging`;
  const job = github.WorkflowJobs.pullRequestFromPatch({
    patch: { jobId: `upgrade-${target}`, outputName: PATCH_OUTPUT, patchFile: `${target}.patch` },
    workflowName,
    jobName: `Pull request: ${target === 'major' ? 'new major version' : 'minor and patch releases'}`,
    credentials: ctx.github.projenCredentials,
    pullRequestTitle: target === 'major' ? `chore(deps)!: upgrade ${PACKAGE} from ${current} to ${next} (major)` : `chore(deps): upgrade ${PACKAGE} to ${next}`,
    pullRequestDescription: description,
    branchName: `${UPGRADE_BRANCH_PREFIX}${next}`,
    ...runsOn(ctx),
  });
  // The title and branch name read the versions job's outputs.
  return withMigrationReport(withoutExpressionsInRun({ ...job, needs: ['versions', `upgrade-${target}`] }), `upgrade-${target}`);
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
function withMigrationReport(job: github.workflows.Job, upgradeJobId: string): github.workflows.Job {
  const conflict = `needs.${upgradeJobId}.outputs.${MIGRATION_CONFLICT_OUTPUT} == 'true'`;
  return {
    ...job,
    steps: job.steps.map((step) =>
      step.uses?.startsWith('peter-evans/create-pull-request')
        ? {
          ...step,
          with: {
            ...step.with,
            labels: `\${{ ${conflict} && '${MIGRATION_LABEL}' || '' }}`,
            body: `\${{ needs.${upgradeJobId}.outputs.${MIGRATION_REPORT_OUTPUT} }}\n\n${step.with?.body ?? ''}`,
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
