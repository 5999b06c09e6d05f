import { Component, github } from 'projen';
import { addWorkflow, BASH, checkout, CiContext, downloadArtifact, installSteps, runsOn, setupTerraform, TERRAFORM_ENV, uploadArtifact } from './workflow-kit';

const { JobPermission } = github.workflows;
const SARIF_ARTIFACT = 'guardrails-sarif';

/**
 * `build.yml`, on pull requests, pushes to the default branch and merge queues: install, the full build (compile,
 * synth, guardrails, tests), the anti-tamper check (the build fails when `npx projen` changed a file), Terraform
 * validation of every stack, and the guardrails' SARIF report uploaded to code scanning when the build wrote one.
 * The job that runs the pull request's code holds a read-only token; only the upload job may write security events.
 */
export class BuildWorkflow extends Component {
  public readonly workflow: github.GithubWorkflow;

  constructor(ctx: CiContext) {
    super(ctx.project);
    const sarif = `${ctx.outdir}/guardrails.sarif`;
    this.workflow = addWorkflow(ctx, 'build', {
      group: '${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}',
      cancelInProgress: true,
    });
    this.workflow.on({
      pullRequest: {},
      push: { branches: [ctx.defaultBranch] },
      mergeGroup: {},
      workflowDispatch: {},
    });
    this.workflow.addJobs({
      'build': {
        name: 'Build, guardrails and Terraform validation',
        ...runsOn(ctx),
        permissions: { contents: JobPermission.READ },
        timeoutMinutes: 45,
        defaults: BASH,
        env: { ...TERRAFORM_ENV, CI: 'true' },
        outputs: { 'guardrails-sarif': { stepId: 'sarif', outputName: 'present' } },
        steps: [
          checkout(ctx),
          ...installSteps(ctx),
          setupTerraform(ctx),
          { name: 'Build (compile, synth, guardrails, test)', run: ctx.project.runTaskCommand(ctx.project.buildTask) },
          {
            name: 'Anti-tamper: fail if the build changed a file',
            run: [
              'git add --all',
              'if ! git diff --staged --exit-code --stat; then',
              '  echo "::error::The build changed the files above: run \\"npx projen build\\" locally and commit the result (files managed by projen are edited through .projenrc.ts)."',
              '  git diff --staged',
              '  exit 1',
              'fi',
            ].join('\n'),
          },
          {
            name: 'Terraform init -backend=false and validate of every stack',
            run: [
              'export TF_PLUGIN_CACHE_DIR="$RUNNER_TEMP/terraform-plugins"',
              'mkdir -p "$TF_PLUGIN_CACHE_DIR"',
              ctx.project.runTaskCommand(ctx.validateTask),
            ].join('\n'),
          },
          {
            id: 'sarif',
            name: 'Find the guardrails report',
            if: `\${{ !cancelled() && hashFiles('${sarif}') != '' }}`,
            run: 'echo "present=true" >> "$GITHUB_OUTPUT"',
          },
          uploadArtifact(ctx, SARIF_ARTIFACT, sarif, { if: "${{ !cancelled() && steps.sarif.outputs.present == 'true' }}" }),
        ],
      },
      'code-scanning': {
        name: 'Upload guardrail findings to code scanning',
        needs: ['build'],
        // Pull requests from forks cannot write security events.
        if:
          "${{ !cancelled() && needs.build.outputs.guardrails-sarif == 'true' && " +
          "(github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository) }}",
        ...runsOn(ctx),
        permissions: { contents: JobPermission.READ, securityEvents: JobPermission.WRITE, actions: JobPermission.READ },
        timeoutMinutes: 10,
        steps: [
          checkout(ctx),
          downloadArtifact(ctx, { name: SARIF_ARTIFACT }, '${{ runner.temp }}/sarif'),
          {
            name: 'Upload SARIF',
            uses: ctx.pins.uses('github/codeql-action/upload-sarif'),
            with: { sarif_file: '${{ runner.temp }}/sarif/guardrails.sarif', category: 'secure-aws-stack-guardrails' },
          },
        ],
      },
    });
  }
}
