import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { Construct } from 'constructs';
import { accountRootArn, COMMERCIAL_REGION } from '../naming';

/** Services that publish alarms and alerts to the topic. */
export const ALARM_PUBLISHERS = ['cloudwatch.amazonaws.com', 'budgets.amazonaws.com', 'events.amazonaws.com'];

export interface AlarmTopicProps {
  /** Topic name, e.g. `payments-prod-alarms`. */
  readonly topicName: string;
  /** Account whose services may publish (confused-deputy protection). */
  readonly accountId: string;
  /** Customer-managed key; its key policy must let the publishing services use it (`kms:GenerateDataKey*`, `kms:Decrypt`). */
  readonly kmsKeyArn: string;
  /**
   * Region of the topic: it decides the partition of the account principal (`partitionOf` in `naming.ts`).
   * @default - a region of the `aws` partition
   */
  readonly region?: string;
  /**
   * Email addresses subscribed to the topic (each must confirm the subscription).
   * @default []
   */
  readonly emailSubscriptions?: readonly string[];
  /**
   * Other subscribers: HTTPS URLs, SQS queue ARNs or Lambda function ARNs (the protocol follows from the value).
   * @default []
   */
  readonly endpointSubscriptions?: readonly string[];
}

/** The SNS protocol of an endpoint subscription. */
export function endpointProtocol(endpoint: string): 'https' | 'sqs' | 'lambda' {
  if (endpoint.startsWith('https://')) return 'https';
  if (/^arn:aws[a-z-]*:sqs:/.test(endpoint)) return 'sqs';
  if (/^arn:aws[a-z-]*:lambda:/.test(endpoint)) return 'lambda';
  throw new Error(`AlarmTopic: ${endpoint} is not an HTTPS URL, an SQS queue ARN or a Lambda function ARN`);
}

/**
 * The SNS topic alarms and budget alerts go to: encrypted with the customer-managed key, published to only by
 * CloudWatch, AWS Budgets and EventBridge on behalf of this account, and only over TLS.
 */
export class AlarmTopic extends Construct {
  public readonly topic: SnsTopic;

  constructor(scope: Construct, id: string, props: AlarmTopicProps) {
    super(scope, id);
    this.topic = new SnsTopic(this, 'topic', {
      name: props.topicName,
      displayName: props.topicName,
      kmsMasterKeyId: props.kmsKeyArn,
    });

    const policy = new DataAwsIamPolicyDocument(this, 'policy', {
      statement: [
        {
          sid: 'AllowAccountServicesToPublish',
          effect: 'Allow',
          actions: ['sns:Publish'],
          resources: [this.topic.arn],
          principals: [{ type: 'Service', identifiers: ALARM_PUBLISHERS }],
          condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [props.accountId] }],
        },
        {
          sid: 'AllowAccountToManage',
          effect: 'Allow',
          actions: [
            'sns:GetTopicAttributes',
            'sns:SetTopicAttributes',
            'sns:AddPermission',
            'sns:RemovePermission',
            'sns:DeleteTopic',
            'sns:Subscribe',
            'sns:ListSubscriptionsByTopic',
          ],
          resources: [this.topic.arn],
          principals: [{ type: 'AWS', identifiers: [accountRootArn(props.accountId, props.region ?? COMMERCIAL_REGION)] }],
        },
        {
          sid: 'DenyInsecureTransport',
          effect: 'Deny',
          actions: ['sns:Publish', 'sns:Subscribe'],
          resources: [this.topic.arn],
          principals: [{ type: 'AWS', identifiers: ['*'] }],
          condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
        },
      ],
    });
    new SnsTopicPolicy(this, 'topic-policy', { arn: this.topic.arn, policy: policy.json });

    (props.emailSubscriptions ?? []).forEach((email, i) => {
      new SnsTopicSubscription(this, `email-${i}`, { topicArn: this.topic.arn, protocol: 'email', endpoint: email });
    });
    (props.endpointSubscriptions ?? []).forEach((endpoint, i) => {
      new SnsTopicSubscription(this, `endpoint-${i}`, { topicArn: this.topic.arn, protocol: endpointProtocol(endpoint), endpoint });
    });
  }

  public get arn(): string {
    return this.topic.arn;
  }
}
