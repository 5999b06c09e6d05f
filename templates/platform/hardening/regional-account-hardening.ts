import { EbsSnapshotBlockPublicAccess } from '@cdktf/provider-aws/lib/ebs-snapshot-block-public-access';
import { Ec2InstanceMetadataDefaults } from '@cdktf/provider-aws/lib/ec2-instance-metadata-defaults';
import { SsmServiceSetting } from '@cdktf/provider-aws/lib/ssm-service-setting';
import { Construct } from 'constructs';

/** The Systems Manager setting that allows or blocks sharing documents publicly. */
export const SSM_DOCUMENT_PUBLIC_SHARING_SETTING = '/ssm/documents/console/public-sharing-permission';

/**
 * Account settings that AWS keeps per region and that FSBP and CIS v3.0 expect: EBS snapshots cannot be shared
 * publicly, new instances require IMDSv2 (hop limit 1) unless their launch settings say otherwise, and Systems Manager
 * documents cannot be shared publicly.
 */
export class RegionalAccountHardening extends Construct {
  public readonly snapshotBlockPublicAccess: EbsSnapshotBlockPublicAccess;
  public readonly instanceMetadataDefaults: Ec2InstanceMetadataDefaults;
  public readonly documentPublicSharing: SsmServiceSetting;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.snapshotBlockPublicAccess = new EbsSnapshotBlockPublicAccess(this, 'snapshot-block-public-access', { state: 'block-all-sharing' });
    this.instanceMetadataDefaults = new Ec2InstanceMetadataDefaults(this, 'instance-metadata-defaults', {
      httpTokens: 'required',
      httpPutResponseHopLimit: 1,
      httpEndpoint: 'enabled',
      instanceMetadataTags: 'disabled',
    });
    this.documentPublicSharing = new SsmServiceSetting(this, 'document-public-sharing', {
      settingId: SSM_DOCUMENT_PUBLIC_SHARING_SETTING,
      settingValue: 'Disable',
    });
  }
}
