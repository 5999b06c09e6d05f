import { Component, github } from 'projen';
import { PLAN_COMMENT_SCRIPT } from './github-scripts';
import { IMPACT_ARTIFACT, impactJob, INFRA_NOOP_LABEL } from './impact-job';
import { addWorkflow, CiContext, downloadArtifact, jobId, planJob, runsOn, SAME_REPOSITORY_PULL_REQUEST, synthJob } from './workflow-kit';

const { JobPermission } = github.workflows;

/**
 * `plan.yml`, on pull requests to the default branch: the app is synthesized once, then every stack plans on its
 * own runner (a matrix per environment, with the environment's read-only role through OIDC), each plan file and
 * its `terraform show` output is kept as an artifact, the impact job checks what the plans do to stateful resources,
 * and one comment on the pull request summarizes them all, the impact first; plans that change nothing get the
 * `infra-noop` label.
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
          planJob(ctx, env, { name: 'Plan', needs: ['synth'], artifactPrefix: 'plan-', keepPlanFile: true, exportPlanJson: true }),
        ]),
      ),
      impact: impactJob(ctx, planJobs),
      comment: {
        name: 'Post the plans to the pull request',
        needs: ['synth', ...planJobs, 'impact'],
        if: "${{ !cancelled() && needs.synth.result == 'success' }}",
        ...runsOn(ctx),
        permissions: { pullRequests: JobPermission.WRITE },
        timeoutMinutes: 10,
        steps: [
          downloadArtifact(ctx, { pattern: 'plan-*' }, '${{ runner.temp }}/reports', {
            // A stack whose job failed before uploading is reported as such.
            continueOnError: true,
          }),
          downloadArtifact(ctx, { name: IMPACT_ARTIFACT }, '${{ runner.temp }}/impact', { continueOnError: true }),
          {
            name: 'Comment',
            uses: ctx.pins.uses('actions/github-script'),
            env: {
              REPORTS: '${{ runner.temp }}/reports',
              STACKS: '${{ needs.synth.outputs.stacks }}',
              IMPACT: '${{ runner.temp }}/impact',
              NOOP_LABEL: INFRA_NOOP_LABEL,
            },
            with: { script: PLAN_COMMENT_SCRIPT },
          },
        ],
      },
    });
  }
}
