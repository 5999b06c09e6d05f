import { github, javascript, Task } from 'projen';
import { ActionPins } from './action-refs';
import { stackMatrixCommand } from './stack-matrix-script';
import { ResolvedCiCd, ResolvedCiEnvironment } from '../resolve/ci/resolve-ci';

type Job = github.workflows.Job;
type JobStep = github.workflows.JobStep;
const { JobPermission } = github.workflows;

/** What every workflow of the repository shares. */
export interface CiContext {
  readonly project: javascript.NodeProject;
  readonly github: github.GitHub;
  readonly ci: ResolvedCiCd;
  readonly pins: ActionPins;
  /** The synthesized app (`cdktf.out`). */
  readonly outdir: string;
  readonly defaultBranch: string;
  readonly nodeVersion: string;
  readonly synthTask: Task;
  readonly validateTask: Task;
}

/** Name of the artifact that carries the synthesized app from the synth job to the Terraform jobs. */
export const SYNTH_ARTIFACT = 'cdktf-out';
/** Where a Terraform job writes what it reports (result.json, plan.txt, and for deploys tfplan). */
export const REPORT_DIR = '${{ runner.temp }}/terraform-report';

export function checkout(ctx: CiContext, persistCredentials = false): JobStep {
  return {
    name: 'Check out',
    uses: ctx.pins.uses('actions/checkout'),
    with: persistCredentials ? {} : { 'persist-credentials': false },
  };
}

/** Node.js and the locked dependencies (`npm ci`). */
export function installSteps(ctx: CiContext): JobStep[] {
  return [
    {
      name: 'Set up Node.js',
      uses: ctx.pins.uses('actions/setup-node'),
      with: {
        'node-version': ctx.nodeVersion,
        ...(ctx.project.package.packageManager === javascript.NodePackageManager.NPM ? { cache: 'npm' } : {}),
      },
    },
    { name: 'Install dependencies', run: ctx.project.package.installCommand },
  ];
}

export function setupTerraform(ctx: CiContext): JobStep {
  return {
    name: 'Set up Terraform',
    uses: ctx.pins.uses('hashicorp/setup-terraform'),
    // The wrapper rewrites stdout and exit codes; the scripts read both.
    with: { terraform_version: ctx.ci.terraformVersion, terraform_wrapper: false },
  };
}

/** Short-lived credentials of an environment's role through GitHub OIDC; never an access key. */
export function assumeRole(ctx: CiContext, env: ResolvedCiEnvironment, purpose: 'plan' | 'deploy'): JobStep {
  return {
    name: `Assume the ${purpose} role of ${env.name} (OIDC)`,
    uses: ctx.pins.uses('aws-actions/configure-aws-credentials'),
    with: {
      'role-to-assume': purpose === 'plan' ? env.planRoleArn : env.deployRoleArn,
      'aws-region': env.region,
      'role-session-name': `github-${purpose}-\${{ github.run_id }}`,
      // Applies of several stacks can outlast an hour; the deploy role's MaxSessionDuration must allow two.
      'role-duration-seconds': purpose === 'plan' ? 3600 : 7200,
    },
  };
}

export function uploadArtifact(ctx: CiContext, name: string, path: string, extra: Partial<JobStep> = {}, includeHidden = false): JobStep {
  return {
    name: `Upload ${name}`,
    uses: ctx.pins.uses('actions/upload-artifact'),
    ...extra,
    with: {
      'name': name,
      'path': path,
      'retention-days': ctx.ci.planRetentionDays,
      'if-no-files-found': 'error',
      ...(includeHidden ? { 'include-hidden-files': true } : {}),
    },
  };
}

export function downloadArtifact(ctx: CiContext, artifact: { name?: string; pattern?: string }, path: string, extra: Partial<JobStep> = {}): JobStep {
  return {
    name: `Download ${artifact.name ?? artifact.pattern}`,
    uses: ctx.pins.uses('actions/download-artifact'),
    ...extra,
    with: { ...artifact, path },
  };
}

export function runsOn(ctx: CiContext): Pick<Job, 'runsOn' | 'runsOnGroup'> {
  return ctx.github.runsOnConfig();
}

/** Bash with `-eo pipefail` for every `run` of a job. */
export const BASH: Job['defaults'] = { run: { shell: 'bash' } };
export const TERRAFORM_ENV = { TF_IN_AUTOMATION: 'true', TF_INPUT: '0' };

/**
 * The job that synthesizes the app once, uploads it for the fan-out and outputs its stacks by environment
 * (see stack-matrix-script.ts). With `fullBuild`, it runs the whole build (tests and guardrails) first, so that
 * nothing that fails them is deployed.
 */
export function synthJob(ctx: CiContext, options: { fullBuild: boolean; if?: string }): Job {
  const environments = ctx.ci.environments.map((e) => e.name);
  return {
    name: options.fullBuild ? 'Build and synthesize' : 'Synthesize',
    if: options.if,
    ...runsOn(ctx),
    permissions: { contents: JobPermission.READ },
    timeoutMinutes: 30,
    defaults: BASH,
    outputs: { stacks: { stepId: 'stacks', outputName: 'stacks' } },
    steps: [
      checkout(ctx),
      ...installSteps(ctx),
      options.fullBuild
        ? { name: 'Build (compile, synth, guardrails, test)', run: ctx.project.runTaskCommand(ctx.project.buildTask) }
        : { name: 'Synthesize', run: ctx.project.runTaskCommand(ctx.synthTask) },
      { id: 'stacks', name: 'List stacks by environment', run: stackMatrixCommand(ctx.outdir, environments) },
      uploadArtifact(ctx, SYNTH_ARTIFACT, ctx.outdir),
    ],
  };
}

/** The job id of an environment's jobs: environment names are lowercase letters and digits. */
export function jobId(prefix: string, env: ResolvedCiEnvironment): string {
  return `${prefix}-${env.name}`;
}

/** The stacks of an environment, as a matrix domain from the synth job's output. */
export function stackMatrix(env: ResolvedCiEnvironment): github.workflows.JobStrategy {
  return { failFast: false, matrix: { domain: { stack: `\${{ fromJSON(needs.synth.outputs.stacks).${env.name} }}` } } };
}

export interface TerraformPlanOptions {
  /** Keep the plan file and the provider lock file in the report, to apply them later. */
  readonly keepPlanFile: boolean;
  /** Also export the plan as JSON (`tfplan.json`, `terraform show -json`) for `npx projen impact`. */
  readonly exportPlanJson?: boolean;
}

/**
 * Shell script of one stack's plan, in `cdktf.out/stacks/$STACK`: `init`, then `plan -detailed-exitcode` (status
 * `changed`, `unchanged` or `failed`) and `terraform show -no-color` of the saved plan. It writes the report
 * (result.json, plan.txt) to $REPORT_DIR and fails the step when Terraform failed. Plans do not take the state
 * lock (`-lock=false`): the plan role is read-only, and an apply of a saved plan refuses it when the state has
 * changed since. Untrusted values arrive only through environment variables.
 */
export function planScript(ctx: CiContext, options: TerraformPlanOptions): string {
  return [
    `dir="${ctx.outdir}/stacks/$STACK"`,
    'mkdir -p "$REPORT_DIR"',
    'set +e',
    '{',
    '  terraform -chdir="$dir" init -input=false -no-color &&',
    '  terraform -chdir="$dir" plan -input=false -no-color -lock=false -detailed-exitcode -out=tfplan',
    '} > "$REPORT_DIR/terraform.log" 2>&1',
    'code=$?',
    'set -e',
    'cat "$REPORT_DIR/terraform.log"',
    'case "$code" in',
    '  0) status=unchanged ;;',
    '  2) status=changed ;;',
    '  *) status=failed ;;',
    'esac',
    'if [ "$status" = failed ]; then',
    '  cp "$REPORT_DIR/terraform.log" "$REPORT_DIR/plan.txt"',
    'else',
    '  terraform -chdir="$dir" show -no-color tfplan > "$REPORT_DIR/plan.txt"',
    ...(options.keepPlanFile ? ['  cp "$dir/tfplan" "$dir/.terraform.lock.hcl" "$REPORT_DIR/"'] : []),
    ...(options.exportPlanJson ? ['  terraform -chdir="$dir" show -json tfplan > "$REPORT_DIR/tfplan.json"'] : []),
    'fi',
    'jq -n --arg stack "$STACK" --arg environment "$ENVIRONMENT" --arg status "$status" \\',
    "  '{stack: $stack, environment: $environment, status: $status}' > \"$REPORT_DIR/result.json\"",
    '{',
    '  echo "### $STACK: $status"',
    "  echo '~~~~text'",
    '  head -c 200000 "$REPORT_DIR/plan.txt"',
    "  echo '~~~~'",
    '} >> "$GITHUB_STEP_SUMMARY"',
    'if [ "$status" = failed ]; then',
    '  echo "::error::terraform failed for stack $STACK (exit $code)"',
    '  exit 1',
    'fi',
  ].join('\n');
}

/**
 * A job per environment that plans each of its stacks on its own runner (the fan-out), with the environment's
 * read-only role, and uploads each stack's report as `<artifactPrefix><stack>`.
 */
export function planJob(
  ctx: CiContext,
  env: ResolvedCiEnvironment,
  options: TerraformPlanOptions & { needs: string[]; artifactPrefix: string; name: string; if?: string },
): Job {
  return {
    name: `${options.name} ${env.name} / \${{ matrix.stack }}`,
    needs: options.needs,
    if: options.if,
    ...runsOn(ctx),
    permissions: { contents: JobPermission.READ, idToken: JobPermission.WRITE },
    strategy: stackMatrix(env),
    timeoutMinutes: 60,
    defaults: BASH,
    env: TERRAFORM_ENV,
    steps: [
      downloadArtifact(ctx, { name: SYNTH_ARTIFACT }, ctx.outdir),
      setupTerraform(ctx),
      assumeRole(ctx, env, 'plan'),
      {
        name: 'Plan',
        env: { STACK: '${{ matrix.stack }}', ENVIRONMENT: env.name, REPORT_DIR },
        run: planScript(ctx, options),
      },
      uploadArtifact(ctx, `${options.artifactPrefix}\${{ matrix.stack }}`, REPORT_DIR, { if: '${{ !cancelled() }}' }, options.keepPlanFile),
    ],
  };
}

/** Job-level `if` that skips pull requests from forks, which get neither OIDC tokens nor write access. */
export const SAME_REPOSITORY_PULL_REQUEST = 'github.event.pull_request.head.repo.full_name == github.repository';

/** A managed workflow file `.github/workflows/<name>.yml`, optionally limited to one run per concurrency group. */
export function addWorkflow(ctx: CiContext, name: string, concurrency?: github.ConcurrencyOptions): github.GithubWorkflow {
  return new github.GithubWorkflow(ctx.github, name, concurrency ? { limitConcurrency: true, concurrencyOptions: concurrency } : {});
}
