import { PolicyStatement } from '../encryption/key-policy';
import { accountRootArn, bucketArn as bucketArnOf } from '../naming';

/**
 * Elastic Load Balancing's log-delivery account per region, for regions opened before August 2022; newer regions
 * deliver as the `logdelivery.elasticloadbalancing.amazonaws.com` service principal.
 */
export const ELB_LOG_DELIVERY_ACCOUNTS: Readonly<Record<string, string>> = {
  'us-east-1': '127311923021',
  'us-east-2': '033677994240',
  'us-west-1': '027434742980',
  'us-west-2': '797873946194',
  'af-south-1': '098369216593',
  'ap-east-1': '754344448648',
  'ap-southeast-3': '589379963580',
  'ap-south-1': '718504428378',
  'ap-northeast-3': '383597477331',
  'ap-northeast-2': '600734575887',
  'ap-southeast-1': '114774131450',
  'ap-southeast-2': '783225319266',
  'ap-northeast-1': '582318560864',
  'ca-central-1': '985666609251',
  'eu-central-1': '054676820928',
  'eu-west-1': '156460612806',
  'eu-west-2': '652711504416',
  'eu-south-1': '635631232127',
  'eu-west-3': '009996457667',
  'eu-north-1': '897822967062',
  'me-south-1': '076674570225',
  'sa-east-1': '507241528517',
};

/** S3 server access logs of the account's own buckets may be written, nothing else. */
export function serverAccessLogDelivery(bucketArn: string, accountId: string, region: string): PolicyStatement {
  return {
    Sid: 'S3ServerAccessLogDelivery',
    Effect: 'Allow',
    Principal: { Service: 'logging.s3.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: `${bucketArn}/*`,
    Condition: {
      StringEquals: { 'aws:SourceAccount': accountId },
      ArnLike: { 'aws:SourceArn': bucketArnOf('*', region) },
    },
  };
}

/** Load balancers of the account in this region may write their access logs under `[<prefix>/]AWSLogs/<account>/`. */
export function loadBalancerLogDelivery(bucketArn: string, accountId: string, region: string): PolicyStatement {
  const elbAccount = ELB_LOG_DELIVERY_ACCOUNTS[region];
  return {
    Sid: 'LoadBalancerAccessLogDelivery',
    Effect: 'Allow',
    Principal: elbAccount ? { AWS: accountRootArn(elbAccount, region) } : { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: [`${bucketArn}/AWSLogs/${accountId}/*`, `${bucketArn}/*/AWSLogs/${accountId}/*`],
  };
}
