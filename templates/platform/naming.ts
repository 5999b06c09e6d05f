import { EnvironmentSettings, PlatformSettings } from './settings-model';

/** Name of the stack that holds an environment's resources in one region. */
export function regionalStackName(environment: EnvironmentSettings, region: string): string {
  return `${environment.name}-${region}`;
}

/** Name of the stack that holds an environment's account-wide resources (IAM, account settings). */
export function accountStackName(environment: EnvironmentSettings): string {
  return `${environment.name}-account`;
}

/** S3 key of a stack's Terraform state: one key per stack, so stacks never share a lock. */
export function stateKey(settings: PlatformSettings, stackName: string): string {
  return `${settings.state.keyPrefix}/${stackName}.tfstate`;
}

/** Prefix of resource names in an environment: `<project>-<environment>`. */
export function resourcePrefix(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${settings.project}-${environment.name}`;
}
