import { Component, github, javascript } from 'projen';
import { addWorkflow, BASH, checkout, CiContext, installSteps, runsOn } from './workflow-kit';

const { JobPermission } = github.workflows;
const PACKAGE = 'secure-aws-stack';
const PATCH_OUTPUT = 'patch_created';

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
        outputs: { [PATCH_OUTPUT]: { stepId: 'create_patch', outputName: PATCH_OUTPUT } },
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
          { name: 'Build (compile, synth, guardrails, test)', run: ctx.project.runTaskCommand(ctx.project.buildTask) },
          ...github.WorkflowActions.uploadGitPatch({ stepId: 'create_patch', outputName: PATCH_OUTPUT }),
        ],
      },
      pr: withoutExpressionsInRun(github.WorkflowJobs.pullRequestFromPatch({
        patch: { jobId: 'upgrade', outputName: PATCH_OUTPUT },
        workflowName: this.workflow.name,
        credentials: ctx.github.projenCredentials,
        pullRequestTitle: `chore(deps): upgrade ${PACKAGE} and projen`,
        pullRequestDescription: `Upgrades ${PACKAGE} and projen and re-synthesizes the managed files. Review the plan comment before merging.`,
        branchName: `github-actions/${this.workflow.name}`,
        ...runsOn(ctx),
      })),
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
