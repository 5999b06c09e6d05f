import { github } from 'projen';
import { BASH, checkout, CiContext, downloadArtifact, installSteps, runsOn, SYNTH_ARTIFACT, uploadArtifact } from './workflow-kit';

const { JobPermission } = github.workflows;

/** A pull request with this label may destroy or replace stateful resources (after review of the impact summary). */
export const ALLOW_STATEFUL_CHANGES_LABEL = 'allow-stateful-changes';
/** Set by the plan workflow on a pull request whose plans change nothing, so that it can merge automatically. */
export const INFRA_NOOP_LABEL = 'infra-noop';
/** The artifact with `impact.md` and `impact.json`. */
export const IMPACT_ARTIFACT = 'impact';

/**
 * Reads the pull request's labels when the job runs (not from the event), so that re-running the failed impact job
 * after adding the allow label takes it into account without a new push.
 */
export const READ_ALLOW_LABEL_SCRIPT = `const labels = await github.paginate(github.rest.issues.listLabelsOnIssue, {
  owner: context.repo.owner, repo: context.repo.repo, issue_number: context.issue.number, per_page: 100,
});
const allow = labels.some((label) => label.name === process.env.ALLOW_LABEL);
if (allow) core.notice('The pull request is labelled ' + process.env.ALLOW_LABEL + ': stateful destroys and replacements are allowed.');
core.setOutput('allow', allow ? 'true' : 'false');
`;

/**
 * Puts each stack's exported plan (`tfplan.json` of its plan report) beside the synthesized stack and runs
 * `npx projen impact` on them. Stack names come from the reports and are checked before they become paths.
 */
export function impactScript(outdir: string, projenCommand: string): string {
  return [
    'for result in "$REPORTS"/*/result.json; do',
    '  [ -f "$result" ] || continue',
    '  stack="$(jq -r .stack "$result")"',
    '  if ! printf \'%s\' "$stack" | grep -Eq \'^[a-z0-9-]+$\'; then echo "::error::unexpected stack name in $result"; exit 1; fi',
    '  json="$(dirname "$result")/tfplan.json"',
    `  if [ -f "$json" ] && [ -d "${outdir}/stacks/$stack" ]; then cp "$json" "${outdir}/stacks/$stack/tfplan.json"; fi`,
    'done',
    `${projenCommand} impact -- --plan-json=tfplan.json`,
  ].join('\n');
}

/**
 * The `impact` job of the plan workflow: the summary of every stack's plan, and a failing check when a stateful
 * resource would be destroyed or replaced without an allowance (`allowedStatefulChanges` in `.projenrc.ts`, or the
 * `allow-stateful-changes` label).
 */
export function impactJob(ctx: CiContext, planJobs: readonly string[]): github.workflows.Job {
  return {
    name: 'Impact: no stateful resource destroyed or replaced without an allowance',
    needs: ['synth', ...planJobs],
    if: "${{ !cancelled() && needs.synth.result == 'success' }}",
    ...runsOn(ctx),
    permissions: { contents: JobPermission.READ, pullRequests: JobPermission.READ },
    timeoutMinutes: 15,
    defaults: BASH,
    steps: [
      checkout(ctx),
      ...installSteps(ctx),
      downloadArtifact(ctx, { name: SYNTH_ARTIFACT }, ctx.outdir),
      downloadArtifact(ctx, { pattern: 'plan-*' }, '${{ runner.temp }}/reports', { continueOnError: true }),
      {
        id: 'labels',
        name: `Read the ${ALLOW_STATEFUL_CHANGES_LABEL} label`,
        uses: ctx.pins.uses('actions/github-script'),
        env: { ALLOW_LABEL: ALLOW_STATEFUL_CHANGES_LABEL },
        with: { script: READ_ALLOW_LABEL_SCRIPT },
      },
      {
        name: 'Impact (npx projen impact)',
        env: { REPORTS: '${{ runner.temp }}/reports', IMPACT_ALLOW_STATEFUL_CHANGES: '${{ steps.labels.outputs.allow }}' },
        run: impactScript(ctx.outdir, ctx.project.projenCommand),
      },
      uploadArtifact(ctx, IMPACT_ARTIFACT, `${ctx.outdir}/impact.md\n${ctx.outdir}/impact.json`, { if: '${{ !cancelled() }}' }),
    ],
  };
}
