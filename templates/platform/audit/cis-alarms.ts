import { CloudwatchLogMetricFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-metric-filter';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { Construct } from 'constructs';

export interface CisMetricFilter {
  /** Name of the filter, metric and alarm. */
  readonly id: string;
  /** CIS AWS Foundations Benchmark controls (v1.4 / v3.0 numbering of the monitoring section). */
  readonly controls: readonly string[];
  readonly description: string;
  readonly pattern: string;
}

const anyEvent = (...names: string[]) => names.map((n) => `($.eventName = ${n})`).join(' || ');

/** The CIS monitoring controls: a metric filter on the trail's log group and an alarm for each. */
export const CIS_METRIC_FILTERS: readonly CisMetricFilter[] = [
  {
    id: 'unauthorized-api-calls',
    controls: ['4.1'],
    description: 'Unauthorized API calls',
    pattern:
      '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  },
  {
    id: 'console-sign-in-without-mfa',
    controls: ['4.2'],
    description: 'Management console sign-in without MFA',
    pattern:
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  },
  {
    id: 'root-account-usage',
    controls: ['4.3'],
    description: 'Use of the root user',
    pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  {
    id: 'iam-policy-changes',
    controls: ['4.4'],
    description: 'IAM policy changes',
    pattern: `{ ($.eventSource = iam.amazonaws.com) && (${anyEvent(
      'DeleteGroupPolicy',
      'DeleteRolePolicy',
      'DeleteUserPolicy',
      'PutGroupPolicy',
      'PutRolePolicy',
      'PutUserPolicy',
      'CreatePolicy',
      'DeletePolicy',
      'CreatePolicyVersion',
      'DeletePolicyVersion',
      'AttachRolePolicy',
      'DetachRolePolicy',
      'AttachUserPolicy',
      'DetachUserPolicy',
      'AttachGroupPolicy',
      'DetachGroupPolicy',
    )}) }`,
  },
  {
    id: 'cloudtrail-configuration-changes',
    controls: ['4.5'],
    description: 'CloudTrail configuration changes',
    pattern: `{ ${anyEvent('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging')} }`,
  },
  {
    id: 'console-authentication-failures',
    controls: ['4.6'],
    description: 'Management console authentication failures',
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  },
  {
    id: 'cmk-disabled-or-scheduled-for-deletion',
    controls: ['4.7'],
    description: 'Customer-managed keys disabled or scheduled for deletion',
    pattern: `{ ($.eventSource = kms.amazonaws.com) && (${anyEvent('DisableKey', 'ScheduleKeyDeletion')}) }`,
  },
  {
    id: 's3-bucket-policy-changes',
    controls: ['4.8'],
    description: 'S3 bucket policy changes',
    pattern: `{ ($.eventSource = s3.amazonaws.com) && (${anyEvent(
      'PutBucketAcl',
      'PutBucketPolicy',
      'PutBucketCors',
      'PutBucketLifecycle',
      'PutBucketReplication',
      'DeleteBucketPolicy',
      'DeleteBucketCors',
      'DeleteBucketLifecycle',
      'DeleteBucketReplication',
    )}) }`,
  },
  {
    id: 'config-changes',
    controls: ['4.9'],
    description: 'AWS Config configuration changes',
    pattern: `{ ($.eventSource = config.amazonaws.com) && (${anyEvent(
      'StopConfigurationRecorder',
      'DeleteDeliveryChannel',
      'PutDeliveryChannel',
      'PutConfigurationRecorder',
    )}) }`,
  },
  {
    id: 'security-group-changes',
    controls: ['4.10'],
    description: 'Security group changes',
    pattern: `{ ${anyEvent(
      'AuthorizeSecurityGroupIngress',
      'AuthorizeSecurityGroupEgress',
      'RevokeSecurityGroupIngress',
      'RevokeSecurityGroupEgress',
      'CreateSecurityGroup',
      'DeleteSecurityGroup',
    )} }`,
  },
  {
    id: 'network-acl-changes',
    controls: ['4.11'],
    description: 'Network ACL changes',
    pattern: `{ ${anyEvent(
      'CreateNetworkAcl',
      'CreateNetworkAclEntry',
      'DeleteNetworkAcl',
      'DeleteNetworkAclEntry',
      'ReplaceNetworkAclEntry',
      'ReplaceNetworkAclAssociation',
    )} }`,
  },
  {
    id: 'network-gateway-changes',
    controls: ['4.12'],
    description: 'Network gateway changes',
    pattern: `{ ${anyEvent(
      'CreateCustomerGateway',
      'DeleteCustomerGateway',
      'AttachInternetGateway',
      'CreateInternetGateway',
      'DeleteInternetGateway',
      'DetachInternetGateway',
    )} }`,
  },
  {
    id: 'route-table-changes',
    controls: ['4.13'],
    description: 'Route table changes',
    pattern: `{ ($.eventSource = ec2.amazonaws.com) && (${anyEvent(
      'CreateRoute',
      'CreateRouteTable',
      'ReplaceRoute',
      'ReplaceRouteTableAssociation',
      'DeleteRouteTable',
      'DeleteRoute',
      'DisassociateRouteTable',
    )}) }`,
  },
  {
    id: 'vpc-changes',
    controls: ['4.14'],
    description: 'VPC changes',
    pattern: `{ ${anyEvent(
      'CreateVpc',
      'DeleteVpc',
      'ModifyVpcAttribute',
      'AcceptVpcPeeringConnection',
      'CreateVpcPeeringConnection',
      'DeleteVpcPeeringConnection',
      'RejectVpcPeeringConnection',
      'AttachClassicLinkVpc',
      'DetachClassicLinkVpc',
      'DisableVpcClassicLink',
      'EnableVpcClassicLink',
    )} }`,
  },
  {
    id: 'organizations-changes',
    controls: ['4.15'],
    description: 'AWS Organizations changes',
    pattern: `{ ($.eventSource = organizations.amazonaws.com) && (${anyEvent(
      'AcceptHandshake',
      'AttachPolicy',
      'CreateAccount',
      'CreateOrganizationalUnit',
      'CreatePolicy',
      'DeclineHandshake',
      'DeleteOrganization',
      'DeleteOrganizationalUnit',
      'DeletePolicy',
      'DetachPolicy',
      'DisablePolicyType',
      'EnablePolicyType',
      'InviteAccountToOrganization',
      'LeaveOrganization',
      'MoveAccount',
      'RemoveAccountFromOrganization',
      'UpdatePolicy',
      'UpdateOrganizationalUnit',
    )}) }`,
  },
];

export interface CisAlarmsProps {
  /** The trail's log group. */
  readonly logGroupName: string;
  /** Namespace of the metrics, e.g. `payments/prod/CIS`. */
  readonly metricNamespace: string;
  /** Prefix of the alarm names. */
  readonly namePrefix: string;
  /** Encrypted SNS topic the alarms notify. */
  readonly topicArn: string;
}

/** A metric filter on the trail's log group and an alarm on its first occurrence, for every CIS monitoring control. */
export class CisAlarms extends Construct {
  public readonly alarms: readonly CloudwatchMetricAlarm[];

  constructor(scope: Construct, id: string, props: CisAlarmsProps) {
    super(scope, id);
    this.alarms = CIS_METRIC_FILTERS.map((filter) => {
      new CloudwatchLogMetricFilter(this, `${filter.id}-filter`, {
        name: `${props.namePrefix}-${filter.id}`,
        logGroupName: props.logGroupName,
        pattern: filter.pattern,
        metricTransformation: { name: filter.id, namespace: props.metricNamespace, value: '1', defaultValue: '0' },
      });
      return new CloudwatchMetricAlarm(this, `${filter.id}-alarm`, {
        alarmName: `${props.namePrefix}-${filter.id}`,
        alarmDescription: `CIS ${filter.controls.join(', ')}: ${filter.description}`,
        namespace: props.metricNamespace,
        metricName: filter.id,
        statistic: 'Sum',
        period: 300,
        evaluationPeriods: 1,
        threshold: 1,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
        treatMissingData: 'notBreaching',
        alarmActions: [props.topicArn],
      });
    });
  }
}
