import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Construct } from 'constructs';
import { logGroupArn, regionalArn } from '../naming';

export interface VpcFlowLogsProps {
  readonly vpcId: string;
  readonly accountId: string;
  readonly region: string;
  /** Log group name, e.g. `/aws/vpc/payments-prod-us-east-1/flow-logs`. */
  readonly logGroupName: string;
  /** Delivery role name (IAM is global: include the region). */
  readonly roleName: string;
  /** The region's `logs` key. */
  readonly kmsKeyArn: string;
  /** A retention CloudWatch Logs accepts. */
  readonly retentionInDays: number;
}

/** Flow logs of ALL traffic of a VPC to a KMS-encrypted log group, delivered by a role that can write only there. */
export class VpcFlowLogs extends Construct {
  public readonly logGroup: CloudwatchLogGroup;
  public readonly flowLog: FlowLog;
  public readonly role: IamRole;

  constructor(scope: Construct, id: string, props: VpcFlowLogsProps) {
    super(scope, id);
    const { accountId, region } = props;
    this.logGroup = new CloudwatchLogGroup(this, 'log-group', {
      name: props.logGroupName,
      kmsKeyId: props.kmsKeyArn,
      retentionInDays: props.retentionInDays,
    });
    const trust = new DataAwsIamPolicyDocument(this, 'trust', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['vpc-flow-logs.amazonaws.com'] }],
          condition: [
            { test: 'StringEquals', variable: 'aws:SourceAccount', values: [accountId] },
            { test: 'ArnLike', variable: 'aws:SourceArn', values: [regionalArn('ec2', region, accountId, 'vpc-flow-log/*')] },
          ],
        },
      ],
    });
    this.role = new IamRole(this, 'role', { name: props.roleName, description: 'Delivers VPC flow logs', assumeRolePolicy: trust.json });
    const flowLogGroupArn = logGroupArn(region, accountId, props.logGroupName);
    const permissions = new DataAwsIamPolicyDocument(this, 'permissions', {
      statement: [
        {
          sid: 'WriteFlowLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
          resources: [flowLogGroupArn, `${flowLogGroupArn}:*`],
        },
        { sid: 'FindTheLogGroup', actions: ['logs:DescribeLogGroups'], resources: [logGroupArn(region, accountId, '*')] },
      ],
    });
    new IamRolePolicy(this, 'policy', { name: 'deliver-flow-logs', role: this.role.id, policy: permissions.json });
    this.flowLog = new FlowLog(this, 'flow-log', {
      vpcId: props.vpcId,
      trafficType: 'ALL',
      logDestinationType: 'cloud-watch-logs',
      logDestination: this.logGroup.arn,
      iamRoleArn: this.role.arn,
      maxAggregationInterval: 60,
    });
  }
}
