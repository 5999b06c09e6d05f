import { Component, github } from 'projen';
import { DRIFT_ISSUE_SCRIPT } from './github-scripts';
import { addWorkflow, CiContext, downloadArtifact, jobId, planJob, runsOn, synthJob } from './workflow-kit';

const { JobPermission } = github.workflows;

/**
 * `drift.yml`, on a schedule and on demand: every stack of every environment runs `plan -detailed-exitcode` with
 * the read-only role against the default branch, in parallel (one region's outage never hides another's drift).
 * Drift, or a stack that could not be checked, opens an issue or updates the open one; the issue is closed once
 * every stack is in sync again.
 */
export class DriftWorkflow extends Component {
  public readonly workflow: github.GithubWorkflow;

  constructor(ctx: CiContext) {
    super(ctx.project);
    this.workflow = addWorkflow(ctx, 'drift', { group: '${{ github.workflow }}', cancelInProgress: false });
    this.workflow.on({ schedule: [{ cron: ctx.ci.driftSchedule }], workflowDispatch: {} });

    const driftJobs = ctx.ci.environments.map((env) => jobId('drift', env));
    this.workflow.addJobs({
      synth: synthJob(ctx, { fullBuild: false, if: `github.ref == 'refs/heads/${ctx.defaultBranch}'` }),
      ...Object.fromEntries(
        ctx.ci.environments.map((env) => [
          jobId('drift', env),
          planJob(ctx, env, { name: 'Drift', needs: ['synth'], artifactPrefix: 'drift-', keepPlanFile: false }),
        ]),
      ),
      report: {
        name: 'Open, update or close the drift issue',
        needs: ['synth', ...driftJobs],
        if: "${{ !cancelled() && needs.synth.result == 'success' }}",
        ...runsOn(ctx),
        permissions: { issues: JobPermission.WRITE },
        timeoutMinutes: 10,
        steps: [
          downloadArtifact(ctx, { pattern: 'drift-*' }, '${{ runner.temp }}/reports', {
            // A stack whose job failed before uploading is reported as such.
            continueOnError: true,
          }),
          {
            name: 'Report drift',
            uses: ctx.pins.uses('actions/github-script'),
            env: { REPORTS: '${{ runner.temp }}/reports', STACKS: '${{ needs.synth.outputs.stacks }}' },
            with: { script: DRIFT_ISSUE_SCRIPT },
          },
        ],
      },
    });
  }
}
