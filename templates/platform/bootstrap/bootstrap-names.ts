import { isBootstrapStack } from '../kernel/stack-manifest';
import { bucketName, iamArn, resourcePrefix, roleArn } from '../naming';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';

/** The stack that creates what CI needs to run (state bucket, OIDC provider, plan and deploy roles). */
export function bootstrapStackName(environment: EnvironmentSettings): string {
  return `${environment.name}-bootstrap`;
}

/** Bootstrap stacks are applied by hand, once: the deploy order, CI and drift detection leave them out. */
export { isBootstrapStack };

export type CiRolePurpose = 'plan' | 'deploy';

/** `<project>-<environment>-github-<purpose>`: the role the workflows assume for the environment. */
export function ciRoleName(settings: PlatformSettings, environment: EnvironmentSettings, purpose: CiRolePurpose): string {
  return `${resourcePrefix(settings, environment)}-github-${purpose}`;
}

export function ciRoleArn(settings: PlatformSettings, environment: EnvironmentSettings, purpose: CiRolePurpose): string {
  return roleArn(environment, ciRoleName(settings, environment, purpose));
}

/** The permissions boundary of the deploy role. */
export function deployBoundaryName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-github-deploy-boundary`;
}

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';

/** The account's GitHub OIDC provider: the one given in `orgFit.githubOidcProviderArn`, or the one bootstrap creates. */
export function githubOidcProviderArn(environment: EnvironmentSettings): string {
  return environment.orgFit?.githubOidcProviderArn ?? iamArn(environment.accountId, `oidc-provider/${GITHUB_OIDC_HOST}`, environment.regions[0]);
}

/** The environment's state bucket and the bucket of its server access logs (`state-logs`). */
export function stateBucketNames(settings: PlatformSettings, environment: EnvironmentSettings): { state: string; accessLogs: string } {
  const { bucket, region } = environment.state ?? settings.state;
  return { state: bucket, accessLogs: bucketName(settings, environment, 'state-logs', region) };
}
