import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { Construct } from 'constructs';
import { stateRetentionDays } from '../capabilities/storage';
import { TerraformOutput } from '../engine';
import { keyAliasName, resourcePrefix } from '../naming';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';
import { ciRoleName, deployBoundaryName, GITHUB_OIDC_HOST, githubOidcProviderArn, stateBucketNames } from './bootstrap-names';
import { CiRoles } from './ci-roles';
import { githubSubjects } from './github-oidc-trust';
import { StateBucket } from './state-bucket';
import { ownsAccountSettings } from '../org/account-singletons';
import { GitHubSettings } from '../org/org-fit-model';
import { PlatformStack } from '../stacks/platform-stack';

export interface BootstrapStackProps {
  readonly settings: PlatformSettings;
  readonly environment: EnvironmentSettings;
  readonly github: GitHubSettings;
}

/**
 * What CI needs before it can run, applied once per environment with administrator credentials (docs/platform.md,
 * "Bootstrap runbook"): the environment's state bucket (unless the organisation's `stateBucket` is used), the
 * account's GitHub OIDC provider (unless one is given, and once per account), and the plan and deploy roles the
 * workflows assume. Its own state moves into the bucket it created. Deploys and drift detection leave it out.
 */
export class BootstrapStack extends PlatformStack {
  public readonly stateBucket?: StateBucket;
  public readonly oidcProvider?: IamOpenidConnectProvider;
  public readonly roles: CiRoles;

  constructor(scope: Construct, id: string, props: BootstrapStackProps) {
    const { settings, environment, github } = props;
    const state = environment.state ?? settings.state;
    super(scope, id, { settings, environment, region: state.region });
    const prefix = resourcePrefix(settings, environment);
    const names = stateBucketNames(settings, environment);

    if (environment.state) {
      this.stateBucket = new StateBucket(this, 'state', {
        bucketName: names.state,
        accessLogBucketName: names.accessLogs,
        keyAliasName: keyAliasName(settings, environment, 'tfstate'),
        accountId: environment.accountId,
        region: state.region,
        retentionDays: stateRetentionDays(environment),
      });
    }

    // One provider per account and URL: the first environment of a shared account creates it.
    if (!environment.orgFit?.githubOidcProviderArn && ownsAccountSettings(settings, environment)) {
      this.oidcProvider = new IamOpenidConnectProvider(this, 'github-oidc', {
        url: `https://${GITHUB_OIDC_HOST}`,
        clientIdList: ['sts.amazonaws.com'],
      });
    }
    // A trust policy may only name a provider that exists: refer to the resource where this stack creates it.
    const oidcProviderArn = this.oidcProvider?.arn ?? githubOidcProviderArn(environment);

    this.roles = new CiRoles(this, 'ci-roles', {
      namePrefix: prefix,
      accountId: environment.accountId,
      region: state.region,
      planRoleName: ciRoleName(settings, environment, 'plan'),
      deployRoleName: ciRoleName(settings, environment, 'deploy'),
      boundaryName: deployBoundaryName(settings, environment),
      oidcProviderArn,
      planSubjects: [
        githubSubjects.pullRequest(github.repository),
        githubSubjects.branch(github.repository, github.defaultBranch),
        githubSubjects.environment(github.repository, environment.name),
      ],
      deploySubjects: [githubSubjects.environment(github.repository, environment.name)],
      stateBucketName: names.state,
      stateKeyPrefix: state.keyPrefix,
      stateKeyArn: this.stateBucket?.key.arn,
      protectedBucketNames: environment.state ? [names.state, names.accessLogs] : [],
    });

    const output = (name: string, value: unknown, description: string) =>
      new TerraformOutput(this, name, { value, description }).overrideLogicalId(name);
    output('plan_role_arn', this.roles.plan.arn, 'Role of the plan and drift jobs (read-only, no data reads)');
    output('deploy_role_arn', this.roles.deploy.arn, 'Role of the apply jobs of the GitHub environment');
    output('oidc_provider_arn', oidcProviderArn, 'GitHub OIDC provider the roles trust');
    output('state_bucket_name', names.state, 'Bucket of the Terraform state');
  }
}
