import { Component, github } from 'projen';
import {
  addWorkflow,
  assumeRole,
  BASH,
  CiContext,
  downloadArtifact,
  jobId,
  planJob,
  runsOn,
  setupTerraform,
  SYNTH_ARTIFACT,
  synthJob,
  TERRAFORM_ENV,
} from './workflow-kit';

const { JobPermission } = github.workflows;

/**
 * `deploy.yml`, on pushes to the default branch (and on demand there): build and synthesize once, then, one
 * environment after the other in promotion order, plan every stack of the environment in parallel with its
 * read-only role and apply exactly those plans in dependency order with its deploy role.
 *
 * The apply job names the GitHub environment of the same name, so the environment's protection rules (required
 * reviewers for production, deployment branches) gate it and the deploy role can trust only that environment's
 * OIDC subject. Reviewers approve after reading the plans in the plan jobs' summaries; Terraform refuses a saved
 * plan once the state changed after it was made, so nothing that was not reviewed is applied.
 *
 * Concurrency: runs of this workflow queue behind each other (a newer push replaces one still waiting), and each
 * environment's apply job holds the group `terraform-apply-<environment>`, which covers every stack of that
 * environment: no two applies of a stack ever overlap, whichever workflow starts them. Applies are grouped per
 * environment rather than per stack because GitHub asks reviewers to approve every job that names a protected
 * environment: one apply job per stack would ask for one approval per stack.
 */
export class DeployWorkflow extends Component {
  public readonly workflow: github.GithubWorkflow;

  constructor(ctx: CiContext) {
    super(ctx.project);
    this.workflow = addWorkflow(ctx, 'deploy', { group: '${{ github.workflow }}', cancelInProgress: false });
    this.workflow.on({ push: { branches: [ctx.defaultBranch] }, workflowDispatch: {} });

    this.workflow.addJobs({ synth: synthJob(ctx, { fullBuild: true, if: `github.ref == 'refs/heads/${ctx.defaultBranch}'` }) });
    let previous: string | undefined;
    for (const env of ctx.ci.environments) {
      const plan = jobId('plan', env);
      const deploy = jobId('deploy', env);
      this.workflow.addJobs({
        [plan]: planJob(ctx, env, {
          name: 'Plan',
          needs: previous ? ['synth', previous] : ['synth'],
          artifactPrefix: 'plan-',
          keepPlanFile: true,
        }),
        [deploy]: {
          name: `Deploy ${env.name}`,
          needs: ['synth', plan],
          environment: env.name,
          concurrency: { 'group': `terraform-apply-${env.name}`, 'cancel-in-progress': false },
          ...runsOn(ctx),
          permissions: { contents: JobPermission.READ, idToken: JobPermission.WRITE },
          timeoutMinutes: 120,
          defaults: BASH,
          env: TERRAFORM_ENV,
          steps: [
            downloadArtifact(ctx, { name: SYNTH_ARTIFACT }, ctx.outdir),
            downloadArtifact(ctx, { pattern: `plan-${env.name}-*` }, '${{ runner.temp }}/plans'),
            setupTerraform(ctx),
            assumeRole(ctx, env, 'deploy'),
            {
              name: `Apply the reviewed plans of ${env.name}, in dependency order`,
              env: {
                STACKS: `\${{ join(fromJSON(needs.synth.outputs.stacks).${env.name}, ' ') }}`,
                PLANS: '${{ runner.temp }}/plans',
              },
              run: applyScript(ctx.outdir),
            },
          ],
        },
      });
      previous = deploy;
    }
  }
}

function applyScript(outdir: string): string {
  return [
    'export TF_PLUGIN_CACHE_DIR="$RUNNER_TEMP/terraform-plugins"',
    'mkdir -p "$TF_PLUGIN_CACHE_DIR"',
    'for stack in $STACKS; do',
    `  dir="${outdir}/stacks/$stack"`,
    '  plan="$PLANS/plan-$stack"',
    '  if [ ! -f "$plan/result.json" ]; then',
    '    echo "::error::$stack has no plan report: its plan job did not finish"',
    '    exit 1',
    '  fi',
    '  status="$(jq -r .status "$plan/result.json")"',
    '  if [ "$status" = unchanged ]; then',
    '    echo "$stack: no changes"',
    '    echo "- $stack: no changes" >> "$GITHUB_STEP_SUMMARY"',
    '    continue',
    '  fi',
    '  if [ "$status" != changed ] || [ ! -f "$plan/tfplan" ]; then',
    '    echo "::error::$stack has no plan to apply (status: $status)"',
    '    exit 1',
    '  fi',
    '  echo "::group::$stack"',
    '  cp "$plan/.terraform.lock.hcl" "$dir/.terraform.lock.hcl"',
    '  terraform -chdir="$dir" init -input=false -no-color',
    '  terraform -chdir="$dir" apply -input=false -no-color "$plan/tfplan"',
    '  echo "::endgroup::"',
    '  echo "- $stack: applied" >> "$GITHUB_STEP_SUMMARY"',
    'done',
  ].join('\n');
}
