import { Component, github } from 'projen';
import { PLAN_COMMENT_SCRIPT } from './github-scripts';
import { addWorkflow, CiContext, downloadArtifact, jobId, planJob, runsOn, SAME_REPOSITORY_PULL_REQUEST, synthJob } from './workflow-kit';

const { JobPermission } = github.workflows;

/**
 * `plan.yml`, on pull requests to the default branch: the app is synthesized once, then every stack plans on its
 * own runner (a matrix per environment, with the environment's read-only role through OIDC), each plan file and
 * its `terraform show` output is kept as an artifact, and one comment on the pull request summarizes them all.
 * A new push cancels the plans of the previous one. Pull requests from forks are skipped: they get no OIDC token.
 */
export class PlanWorkflow extends Component {
  public readonly workflow: github.GithubWorkflow;

  constructor(ctx: CiContext) {
    super(ctx.project);
    this.workflow = addWorkflow(ctx, 'plan', {
      group: '${{ github.workflow }}-${{ github.event.pull_request.number }}',
      cancelInProgress: true,
    });
    this.workflow.on({ pullRequest: { branches: [ctx.defaultBranch] } });

    const planJobs = ctx.ci.environments.map((env) => jobId('plan', env));
    this.workflow.addJobs({
      synth: synthJob(ctx, { fullBuild: false, if: SAME_REPOSITORY_PULL_REQUEST }),
      ...Object.fromEntries(
        ctx.ci.environments.map((env) => [
          jobId('plan', env),
          planJob(ctx, env, { name: 'Plan', needs: ['synth'], artifactPrefix: 'plan-', keepPlanFile: true }),
        ]),
      ),
      comment: {
        name: 'Post the plans to the pull request',
        needs: ['synth', ...planJobs],
        if: "${{ !cancelled() && needs.synth.result == 'success' }}",
        ...runsOn(ctx),
        permissions: { pullRequests: JobPermission.WRITE },
        timeoutMinutes: 10,
        steps: [
          downloadArtifact(ctx, { pattern: 'plan-*' }, '${{ runner.temp }}/reports', {
            // A stack whose job failed before uploading is reported as such.
            continueOnError: true,
          }),
          {
            name: 'Comment',
            uses: ctx.pins.uses('actions/github-script'),
            env: { REPORTS: '${{ runner.temp }}/reports', STACKS: '${{ needs.synth.outputs.stacks }}' },
            with: { script: PLAN_COMMENT_SCRIPT },
          },
        ],
      },
    });
  }
}
