import { EnvironmentSettings, PlatformSettings } from '../settings-model';
import { SecurityBaseline } from './org-fit-model';

/**
 * Account-level resources exist once per account (and region): the account public access block, the password
 * policy, the IAM support role, EBS encryption by default and its default key, GuardDuty, Security Hub, the AWS
 * Config recorder and delivery channel, IAM Access Analyzer and the GitHub OIDC provider. When environments share
 * an account, the first of them in promotion order (the order of `settings.environments`) creates them and the
 * others rely on them; `npx projen` requires environments of one account to share a security baseline.
 */
export function accountSingletonOwner(settings: PlatformSettings, environment: EnvironmentSettings): EnvironmentSettings {
  return settings.environments.find((e) => e.accountId === environment.accountId) ?? environment;
}

/** Whether this environment's stacks create the account-wide settings and roles of its account. */
export function ownsAccountSettings(settings: PlatformSettings, environment: EnvironmentSettings): boolean {
  return accountSingletonOwner(settings, environment).name === environment.name;
}

export function securityBaseline(environment: EnvironmentSettings): SecurityBaseline {
  return environment.orgFit?.securityBaseline ?? 'managed';
}

/** Whether this environment's stacks create GuardDuty, Security Hub, the Config recorder and Access Analyzer. */
export function createsSecurityServices(settings: PlatformSettings, environment: EnvironmentSettings): boolean {
  return securityBaseline(environment) === 'managed' && ownsAccountSettings(settings, environment);
}

/** The other environments that rely on this environment's account-level resources. */
export function accountSharers(settings: PlatformSettings, environment: EnvironmentSettings): EnvironmentSettings[] {
  return settings.environments.filter((e) => e.accountId === environment.accountId && e.name !== environment.name);
}
