import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import { serviceTrustPolicy } from './service-trust-policy';
import { COMMERCIAL_REGION, managedPolicyArn } from '../naming';

export interface EnhancedMonitoringRoleProps {
  /** IAM role name; IAM is global, so it must differ per region (e.g. `payments-prod-us-east-1-rds-monitoring`). */
  readonly roleName: string;
  /** Account whose RDS instances may assume the role (confused-deputy protection). */
  readonly accountId: string;
  /**
   * Region the resource is used from: it decides the partition of the ARNs (`partitionOf` in `naming.ts`).
   * @default - a region of the `aws` partition
   */
  readonly region?: string;
}

/** The role RDS enhanced monitoring assumes to publish OS metrics to CloudWatch Logs. */
export class EnhancedMonitoringRole extends Construct {
  public readonly role: IamRole;

  constructor(scope: Construct, id: string, props: EnhancedMonitoringRoleProps) {
    super(scope, id);
    if (props.roleName.length > 64) {
      throw new Error(`EnhancedMonitoringRole: role name ${props.roleName} is longer than IAM's 64 characters`);
    }
    const trust = serviceTrustPolicy(this, 'trust', 'monitoring.rds.amazonaws.com', props.accountId);
    this.role = new IamRole(this, 'role', {
      name: props.roleName,
      description: 'RDS enhanced monitoring publishes OS metrics to CloudWatch Logs',
      assumeRolePolicy: trust.json,
      maxSessionDuration: 3600,
    });
    new IamRolePolicyAttachment(this, 'policy', {
      role: this.role.name,
      policyArn: managedPolicyArn('service-role/AmazonRDSEnhancedMonitoringRole', props.region ?? COMMERCIAL_REGION),
    });
  }

  public get arn(): string {
    return this.role.arn;
  }
}
