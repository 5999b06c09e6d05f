/**
 * Options of the GitHub Actions workflows of a generated repository (see docs/ci-cd.md). Every option can be given
 * as a `projen new` flag and changed later in `.projenrc.ts`; bad values are rejected by `npx projen`.
 */
export interface CiCdOptions {
  /**
   * The workflows to generate: any of `build` (build, tests, guardrails, Terraform validation, code scanning),
   * `plan` (pull request plans), `deploy` (main to every environment, in order), `drift` (scheduled drift
   * detection) and `template-upgrade` (scheduled upgrade of secure-aws-stack and projen). An empty list generates
   * none.
   * @default ["build", "plan", "deploy", "drift", "template-upgrade"]
   */
  readonly ciWorkflows?: string[];

  /**
   * Read-only IAM role that plans assume through GitHub OIDC, per environment, as `<environment>=<role ARN>`.
   * The role must be in the environment's account (the providers refuse any other). Environments left out get
   * the default.
   * @default - "arn:aws:iam::<account id>:role/<projectName>-<environment>-github-plan", the bootstrap stack's plan role
   */
  readonly planRoleArns?: string[];

  /**
   * IAM role that applies assume through GitHub OIDC, per environment, as `<environment>=<role ARN>`. The role must
   * be in the environment's account. Environments left out get the default.
   * @default - "arn:aws:iam::<account id>:role/<projectName>-<environment>-github-deploy", the bootstrap stack's deploy role
   */
  readonly deployRoleArns?: string[];

  /**
   * Terraform version the workflows install: an exact version, 1.10.0 or later (the S3 backend locks with
   * `use_lockfile`).
   * @default "1.11.4"
   */
  readonly terraformVersion?: string;

  /**
   * When drift detection runs: a five-field cron expression in UTC, at most every 5 minutes.
   * @default "17 5 * * *" (daily at 05:17 UTC)
   */
  readonly driftSchedule?: string;

  /**
   * When the template upgrade runs: a five-field cron expression in UTC, at most every 5 minutes.
   * @default "23 4 * * 1" (Mondays at 04:23 UTC)
   */
  readonly templateUpgradeSchedule?: string;

  /**
   * Ref of an action used by the workflows, by action (e.g. `{ "hashicorp/setup-terraform":
   * "b9cd54a3c349d3f38e8881555d616ced269862dd" }`): a full commit SHA (recommended) or a tag. Actions left out
   * keep the default ref (see docs/ci-cd.md).
   * @default - the refs secure-aws-stack was tested with
   */
  readonly ciActionRefs?: { [action: string]: string };

  /**
   * Reject any action ref that is not a full 40-character commit SHA, so that no workflow can run code that a
   * moved tag points to.
   * @default false
   */
  readonly ciRequireShaPinning?: boolean;

  /**
   * Days that plan files, plan outputs and the synthesized app are kept as workflow artifacts (1 to 90). Plan
   * files can hold sensitive values, and a deploy waiting for approval fails once its plans have expired.
   * @default 7
   */
  readonly planRetentionDays?: number;
}
