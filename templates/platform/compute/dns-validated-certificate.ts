import { AcmCertificate } from '@cdktf/provider-aws/lib/acm-certificate';
import { AcmCertificateValidation } from '@cdktf/provider-aws/lib/acm-certificate-validation';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Construct } from 'constructs';
import { TerraformIterator, TerraformProvider, Token } from '../engine';
import { RemovedResource } from '../tooling/removed-resource';

export interface DnsValidatedCertificateProps {
  /** The name the certificate is for, e.g. `app.example.com`. */
  readonly domainName: string;
  /**
   * @default []
   */
  readonly subjectAlternativeNames?: readonly string[];
  /**
   * Public hosted zone of the domain: the validation records are created in it. Without one, add the records shown by
   * the stack output `certificate_validation_records` to your DNS; the apply waits for them (up to `validationTimeout`).
   * @default no validation records are created
   */
  readonly hostedZoneId?: string;
  /**
   * Provider of the account that holds the hosted zone, when it is not this stack's (a shared DNS account).
   * @default the stack's default provider
   */
  readonly dnsProvider?: TerraformProvider;
  /**
   * Whether this certificate's stack creates the validation records in `hostedZoneId`. ACM asks for the same
   * record for a domain in every region of an account, so exactly one stack (the environment's primary region) must
   * own it; the others only wait for the validation. A stack that stops owning them forgets them (a `removed` block)
   * instead of deleting the record the owner relies on.
   * @default true
   */
  readonly ownsValidationRecords?: boolean;
  /**
   * How long an apply waits for the certificate to be issued.
   * @default '45m'
   */
  readonly validationTimeout?: string;
}

/**
 * An ACM certificate validated through DNS. `certificateArn` is only known once the certificate is issued, so a
 * listener that uses it is never created with a pending certificate.
 */
export class DnsValidatedCertificate extends Construct {
  public readonly certificate: AcmCertificate;
  public readonly validation: AcmCertificateValidation;
  /** ARN of the issued certificate. */
  public readonly certificateArn: string;

  constructor(scope: Construct, id: string, props: DnsValidatedCertificateProps) {
    super(scope, id);
    this.certificate = new AcmCertificate(this, 'certificate', {
      domainName: props.domainName,
      subjectAlternativeNames: props.subjectAlternativeNames ? [...props.subjectAlternativeNames] : undefined,
      validationMethod: 'DNS',
      keyAlgorithm: 'RSA_2048',
      options: { certificateTransparencyLoggingPreference: 'ENABLED' },
      tags: { Name: props.domainName },
      lifecycle: { createBeforeDestroy: true },
    });

    let validationRecordFqdns: string[] | undefined;
    if (props.hostedZoneId && props.ownsValidationRecords === false) {
      new RemovedResource(this, 'validation-record', 'aws_route53_record');
    } else if (props.hostedZoneId) {
      const options = TerraformIterator.fromComplexList(this.certificate.domainValidationOptions, 'domain_name');
      const records = new Route53Record(this, 'validation-record', {
        forEach: options,
        zoneId: props.hostedZoneId,
        name: options.getString('resource_record_name'),
        type: options.getString('resource_record_type'),
        records: [options.getString('resource_record_value')],
        ttl: 60,
        provider: props.dnsProvider,
      });
      validationRecordFqdns = Token.asList(TerraformIterator.fromResources(records).pluckProperty('fqdn'));
    }

    this.validation = new AcmCertificateValidation(this, 'validation', {
      certificateArn: this.certificate.arn,
      validationRecordFqdns,
      timeouts: { create: props.validationTimeout ?? '45m' },
    });
    this.certificateArn = this.validation.certificateArn;
  }
}
