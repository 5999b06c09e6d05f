import { Component, github } from 'projen';
import {
  addWorkflow,
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
 * Lifetime of the deploy role's session of each stack. One multi-AZ database, cross-region replica or certificate
 * validation can take most of an hour, so each stack gets its own two-hour session (the deploy role's
 * `MaxSessionDuration` must be at least this), and no stack inherits a session that an earlier stack used up.
 */
export const DEPLOY_SESSION_SECONDS = 7200;
/** The apply job's limit: GitHub-hosted runners stop a job after 6 hours whatever it says. */
const DEPLOY_JOB_TIMEOUT_MINUTES = 360;

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
          timeoutMinutes: DEPLOY_JOB_TIMEOUT_MINUTES,
          defaults: BASH,
          env: TERRAFORM_ENV,
          steps: [
            downloadArtifact(ctx, { name: SYNTH_ARTIFACT }, ctx.outdir),
            downloadArtifact(ctx, { pattern: `plan-${env.name}-*` }, '${{ runner.temp }}/plans'),
            setupTerraform(ctx),
            {
              name: `Apply the reviewed plans of ${env.name}, in dependency order, each with its own deploy role session (OIDC)`,
              env: {
                STACKS: `\${{ join(fromJSON(needs.synth.outputs.stacks).${env.name}, ' ') }}`,
                PLANS: '${{ runner.temp }}/plans',
                DEPLOY_ROLE_ARN: env.deployRoleArn,
                AWS_REGION: env.region,
                SESSION_SECONDS: String(DEPLOY_SESSION_SECONDS),
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

/**
 * Exchanges a fresh GitHub OIDC token for a session of the deploy role that lasts `SESSION_SECONDS`, for one stack
 * (what aws-actions/configure-aws-credentials does once per job, done here once per stack).
 */
const ASSUME_DEPLOY_ROLE = [
  'assume_deploy_role() {',
  '  local token="$RUNNER_TEMP/oidc-token" session',
  '  (umask 077 && curl -sSf -H "Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" \\',
  '    "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sts.amazonaws.com" | jq -r .value > "$token")',
  '  session="$(aws sts assume-role-with-web-identity --role-arn "$DEPLOY_ROLE_ARN" \\',
  '    --role-session-name "$(printf \'github-deploy-%s-%s\' "$GITHUB_RUN_ID" "$1" | cut -c1-64)" \\',
  '    --web-identity-token "file://$token" --duration-seconds "$SESSION_SECONDS" \\',
  '    --query \'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]\' --output text)"',
  '  rm -f "$token"',
  '  read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN <<< "$session"',
  '  export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN',
  '  echo "::add-mask::$AWS_SECRET_ACCESS_KEY"',
  '  echo "::add-mask::$AWS_SESSION_TOKEN"',
  '}',
];

function applyScript(outdir: string): string {
  return [
    ...ASSUME_DEPLOY_ROLE,
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
    '  assume_deploy_role "$stack"',
    '  cp "$plan/.terraform.lock.hcl" "$dir/.terraform.lock.hcl"',
    '  terraform -chdir="$dir" init -input=false -no-color',
    '  terraform -chdir="$dir" apply -input=false -no-color "$plan/tfplan"',
    '  echo "::endgroup::"',
    '  echo "- $stack: applied" >> "$GITHUB_STEP_SUMMARY"',
    'done',
  ].join('\n');
}
