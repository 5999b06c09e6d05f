/**
 * Every rule of the catalogue, one file each under `rules/<area>/<rule-id>.ts`. A test checks that this list
 * and the files agree.
 */
import type { Rule } from '../model';
import { rule as accountSecurityContact } from './account/account-security-contact';
import { rule as accountSingletonsOnce } from './account/account-singletons-once';
import { rule as albAccessLogs } from './alb/alb-access-logs';
import { rule as albDeletionProtection } from './alb/alb-deletion-protection';
import { rule as albDesyncMitigation } from './alb/alb-desync-mitigation';
import { rule as albDropInvalidHeaders } from './alb/alb-drop-invalid-headers';
import { rule as albListenerHttpsOnly } from './alb/alb-listener-https-only';
import { rule as albListenerTlsPolicy } from './alb/alb-listener-tls-policy';
import { rule as albWafProtected } from './alb/alb-waf-protected';
import { rule as wafKnownBadInputs } from './alb/waf-known-bad-inputs';
import { rule as wafLogging } from './alb/waf-logging';
import { rule as wafMetrics } from './alb/waf-metrics';
import { rule as backendS3Encrypted } from './backend/backend-s3-encrypted';
import { rule as backendS3NativeLocking } from './backend/backend-s3-native-locking';
import { rule as backendS3RemoteState } from './backend/backend-s3-remote-state';
import { rule as backendS3UniqueKey } from './backend/backend-s3-unique-key';
import { rule as providerAllowedAccountIds } from './backend/provider-allowed-account-ids';
import { rule as providerNoStaticCredentials } from './backend/provider-no-static-credentials';
import { rule as backupPlanCrossRegionCopy } from './backup/backup-plan-cross-region-copy';
import { rule as backupPlanRetention } from './backup/backup-plan-retention';
import { rule as backupVaultKms } from './backup/backup-vault-kms';
import { rule as backupVaultNoForceDestroy } from './backup/backup-vault-no-force-destroy';
import { rule as cloudtrailBucketAccessLogging } from './cloudtrail/cloudtrail-bucket-access-logging';
import { rule as cloudtrailCloudwatchLogs } from './cloudtrail/cloudtrail-cloudwatch-logs';
import { rule as cloudtrailKmsEncryption } from './cloudtrail/cloudtrail-kms-encryption';
import { rule as cloudtrailLogFileValidation } from './cloudtrail/cloudtrail-log-file-validation';
import { rule as cloudtrailMultiRegion } from './cloudtrail/cloudtrail-multi-region';
import { rule as cloudtrailS3DataEvents } from './cloudtrail/cloudtrail-s3-data-events';
import { rule as configDeliveryChannelEncrypted } from './config/config-delivery-channel-encrypted';
import { rule as configRecorderAllResources } from './config/config-recorder-all-resources';
import { rule as configRecorderEnabled } from './config/config-recorder-enabled';
import { rule as configRecorderServiceLinkedRole } from './config/config-recorder-service-linked-role';
import { rule as detectionFindingsRouted } from './detection/detection-findings-routed';
import { rule as guarddutyDetectorEnabled } from './detection/guardduty-detector-enabled';
import { rule as guarddutyS3Protection } from './detection/guardduty-s3-protection';
import { rule as securityhubControlsEnabled } from './detection/securityhub-controls-enabled';
import { rule as securityhubFoundationalStandard } from './detection/securityhub-foundational-standard';
import { rule as dynamodbCustomerManagedKey } from './dynamodb/dynamodb-customer-managed-key';
import { rule as dynamodbDeletionProtection } from './dynamodb/dynamodb-deletion-protection';
import { rule as dynamodbPointInTimeRecovery } from './dynamodb/dynamodb-point-in-time-recovery';
import { rule as asgElbHealthCheck } from './ec2/asg-elb-health-check';
import { rule as asgLaunchTemplate } from './ec2/asg-launch-template';
import { rule as asgMultiAz } from './ec2/asg-multi-az';
import { rule as asgMultipleInstanceTypes } from './ec2/asg-multiple-instance-types';
import { rule as ec2EbsEncryptionByDefault } from './ec2/ec2-ebs-encryption-by-default';
import { rule as ec2InstanceImdsv2 } from './ec2/ec2-instance-imdsv2';
import { rule as ec2InstanceMetadataDefaultsImdsv2 } from './ec2/ec2-instance-metadata-defaults-imdsv2';
import { rule as ec2InstanceNoPublicIp } from './ec2/ec2-instance-no-public-ip';
import { rule as ec2InstanceVolumesEncrypted } from './ec2/ec2-instance-volumes-encrypted';
import { rule as ec2LaunchTemplateEbsEncryption } from './ec2/ec2-launch-template-ebs-encryption';
import { rule as ec2LaunchTemplateImdsHopLimit } from './ec2/ec2-launch-template-imds-hop-limit';
import { rule as ec2LaunchTemplateImdsv2 } from './ec2/ec2-launch-template-imdsv2';
import { rule as ec2LaunchTemplateNoPublicIp } from './ec2/ec2-launch-template-no-public-ip';
import { rule as ec2NoCredentialsInUserData } from './ec2/ec2-no-credentials-in-user-data';
import { rule as ec2SnapshotBlockPublicAccess } from './ec2/ec2-snapshot-block-public-access';
import { rule as iamNoAccessKeys } from './iam/iam-no-access-keys';
import { rule as iamNoAdminPolicy } from './iam/iam-no-admin-policy';
import { rule as iamNoAdministratorAccessAttachment } from './iam/iam-no-administrator-access-attachment';
import { rule as iamNoKmsDecryptOnAllKeys } from './iam/iam-no-kms-decrypt-on-all-keys';
import { rule as iamNoPassroleOnAllRoles } from './iam/iam-no-passrole-on-all-roles';
import { rule as iamNoServiceWildcardActions } from './iam/iam-no-service-wildcard-actions';
import { rule as iamNoUserPolicies } from './iam/iam-no-user-policies';
import { rule as iamPasswordPolicy } from './iam/iam-password-policy';
import { rule as iamRoleTrustRestricted } from './iam/iam-role-trust-restricted';
import { rule as iamSupportRole } from './iam/iam-support-role';
import { rule as kmsKeyDeletionWindow } from './kms/kms-key-deletion-window';
import { rule as kmsKeyEnabled } from './kms/kms-key-enabled';
import { rule as kmsKeyPolicyNoPublicPrincipal } from './kms/kms-key-policy-no-public-principal';
import { rule as kmsKeyRotation } from './kms/kms-key-rotation';
import { rule as alarmActionsEnabled } from './monitoring/alarm-actions-enabled';
import { rule as logsGroupKms } from './monitoring/logs-group-kms';
import { rule as logsGroupRetention } from './monitoring/logs-group-retention';
import { rule as snsTopicKms } from './monitoring/sns-topic-kms';
import { rule as snsTopicTlsOnly } from './monitoring/sns-topic-tls-only';
import { rule as networkAclAdminPorts } from './network/network-acl-admin-ports';
import { rule as networkDefaultSecurityGroupClosed } from './network/network-default-security-group-closed';
import { rule as networkEc2InterfaceEndpoint } from './network/network-ec2-interface-endpoint';
import { rule as networkSecurityGroupAdminPorts } from './network/network-security-group-admin-ports';
import { rule as networkSecurityGroupPublicIngressPorts } from './network/network-security-group-public-ingress-ports';
import { rule as networkSecurityGroupRuleDescriptions } from './network/network-security-group-rule-descriptions';
import { rule as networkSubnetNoPublicIp } from './network/network-subnet-no-public-ip';
import { rule as networkVpcFlowLogs } from './network/network-vpc-flow-logs';
import { rule as rdsBackupRetention } from './rds/rds-backup-retention';
import { rule as rdsCopyTagsToSnapshots } from './rds/rds-copy-tags-to-snapshots';
import { rule as rdsDeletionProtection } from './rds/rds-deletion-protection';
import { rule as rdsEnhancedMonitoring } from './rds/rds-enhanced-monitoring';
import { rule as rdsIamAuthentication } from './rds/rds-iam-authentication';
import { rule as rdsLogExports } from './rds/rds-log-exports';
import { rule as rdsMinorVersionUpgrades } from './rds/rds-minor-version-upgrades';
import { rule as rdsMultiAz } from './rds/rds-multi-az';
import { rule as rdsNoDefaultPort } from './rds/rds-no-default-port';
import { rule as rdsNoPublicAccess } from './rds/rds-no-public-access';
import { rule as rdsPerformanceInsightsKms } from './rds/rds-performance-insights-kms';
import { rule as rdsPostgresForceSsl } from './rds/rds-postgres-force-ssl';
import { rule as rdsStorageEncrypted } from './rds/rds-storage-encrypted';
import { rule as s3AccountPublicAccessBlock } from './s3/s3-account-public-access-block';
import { rule as s3BucketAccessLogging } from './s3/s3-bucket-access-logging';
import { rule as s3BucketEncryptionKms } from './s3/s3-bucket-encryption-kms';
import { rule as s3BucketLifecycle } from './s3/s3-bucket-lifecycle';
import { rule as s3BucketNoPublicAcl } from './s3/s3-bucket-no-public-acl';
import { rule as s3BucketOwnershipEnforced } from './s3/s3-bucket-ownership-enforced';
import { rule as s3BucketPolicyNoPublicPrincipal } from './s3/s3-bucket-policy-no-public-principal';
import { rule as s3BucketPublicAccessBlock } from './s3/s3-bucket-public-access-block';
import { rule as s3BucketTlsOnly } from './s3/s3-bucket-tls-only';
import { rule as s3BucketVersioning } from './s3/s3-bucket-versioning';
import { rule as secretsDatabaseManagedPassword } from './secrets/secrets-database-managed-password';
import { rule as secretsKms } from './secrets/secrets-kms';
import { rule as secretsRecoveryWindow } from './secrets/secrets-recovery-window';
import { rule as secretsRotation } from './secrets/secrets-rotation';
import { rule as secretsSsmSecureString } from './secrets/secrets-ssm-secure-string';
import { rule as ssmDocumentPublicSharingBlocked } from './secrets/ssm-document-public-sharing-blocked';
import { rule as tagsAllowedValues } from './tags/tags-allowed-values';
import { rule as tagsAutoScalingPropagation } from './tags/tags-auto-scaling-propagation';
import { rule as tagsProviderDefaultTags } from './tags/tags-provider-default-tags';
import { rule as tagsProviderSyntax } from './tags/tags-provider-syntax';

export const ALL_RULES: readonly Rule[] = [
  accountSecurityContact,
  accountSingletonsOnce,
  albAccessLogs,
  albDeletionProtection,
  albDesyncMitigation,
  albDropInvalidHeaders,
  albListenerHttpsOnly,
  albListenerTlsPolicy,
  albWafProtected,
  wafKnownBadInputs,
  wafLogging,
  wafMetrics,
  backendS3Encrypted,
  backendS3NativeLocking,
  backendS3RemoteState,
  backendS3UniqueKey,
  providerAllowedAccountIds,
  providerNoStaticCredentials,
  backupPlanCrossRegionCopy,
  backupPlanRetention,
  backupVaultKms,
  backupVaultNoForceDestroy,
  cloudtrailBucketAccessLogging,
  cloudtrailCloudwatchLogs,
  cloudtrailKmsEncryption,
  cloudtrailLogFileValidation,
  cloudtrailMultiRegion,
  cloudtrailS3DataEvents,
  configDeliveryChannelEncrypted,
  configRecorderAllResources,
  configRecorderEnabled,
  configRecorderServiceLinkedRole,
  guarddutyDetectorEnabled,
  guarddutyS3Protection,
  detectionFindingsRouted,
  securityhubControlsEnabled,
  securityhubFoundationalStandard,
  dynamodbCustomerManagedKey,
  dynamodbDeletionProtection,
  dynamodbPointInTimeRecovery,
  asgElbHealthCheck,
  asgLaunchTemplate,
  asgMultiAz,
  asgMultipleInstanceTypes,
  ec2EbsEncryptionByDefault,
  ec2InstanceImdsv2,
  ec2InstanceNoPublicIp,
  ec2InstanceVolumesEncrypted,
  ec2LaunchTemplateEbsEncryption,
  ec2LaunchTemplateImdsHopLimit,
  ec2LaunchTemplateImdsv2,
  ec2LaunchTemplateNoPublicIp,
  ec2NoCredentialsInUserData,
  ec2SnapshotBlockPublicAccess,
  ec2InstanceMetadataDefaultsImdsv2,
  iamNoAccessKeys,
  iamNoAdminPolicy,
  iamNoAdministratorAccessAttachment,
  iamNoKmsDecryptOnAllKeys,
  iamNoPassroleOnAllRoles,
  iamNoServiceWildcardActions,
  iamNoUserPolicies,
  iamPasswordPolicy,
  iamRoleTrustRestricted,
  iamSupportRole,
  kmsKeyDeletionWindow,
  kmsKeyEnabled,
  kmsKeyPolicyNoPublicPrincipal,
  kmsKeyRotation,
  alarmActionsEnabled,
  logsGroupKms,
  logsGroupRetention,
  snsTopicKms,
  snsTopicTlsOnly,
  networkAclAdminPorts,
  networkDefaultSecurityGroupClosed,
  networkEc2InterfaceEndpoint,
  networkSecurityGroupAdminPorts,
  networkSecurityGroupPublicIngressPorts,
  networkSecurityGroupRuleDescriptions,
  networkSubnetNoPublicIp,
  networkVpcFlowLogs,
  rdsBackupRetention,
  rdsCopyTagsToSnapshots,
  rdsDeletionProtection,
  rdsEnhancedMonitoring,
  rdsIamAuthentication,
  rdsLogExports,
  rdsMinorVersionUpgrades,
  rdsMultiAz,
  rdsNoDefaultPort,
  rdsNoPublicAccess,
  rdsPerformanceInsightsKms,
  rdsPostgresForceSsl,
  rdsStorageEncrypted,
  s3AccountPublicAccessBlock,
  s3BucketAccessLogging,
  s3BucketEncryptionKms,
  s3BucketLifecycle,
  s3BucketNoPublicAcl,
  s3BucketOwnershipEnforced,
  s3BucketPolicyNoPublicPrincipal,
  s3BucketPublicAccessBlock,
  s3BucketTlsOnly,
  s3BucketVersioning,
  secretsDatabaseManagedPassword,
  secretsKms,
  secretsRecoveryWindow,
  secretsRotation,
  secretsSsmSecureString,
  ssmDocumentPublicSharingBlocked,
  tagsAllowedValues,
  tagsAutoScalingPropagation,
  tagsProviderDefaultTags,
  tagsProviderSyntax,
];
