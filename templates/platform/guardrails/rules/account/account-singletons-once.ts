import { ResourceNode, StackModel, stackPlacement } from '../../app-model';
import type { StackRule } from '../../model';

/** Resources AWS allows once per account and region: a second one fails to create, or silently takes the first over. */
const REGIONAL_SINGLETONS = [
  'aws_guardduty_detector',
  'aws_securityhub_account',
  'aws_securityhub_finding_aggregator',
  'aws_config_configuration_recorder',
  'aws_config_delivery_channel',
  'aws_ebs_encryption_by_default',
  'aws_ebs_default_kms_key',
];
/** Resources AWS allows once per account, whatever the region. */
const ACCOUNT_SINGLETONS = ['aws_iam_account_password_policy', 'aws_s3_account_public_access_block'];

const placement = stackPlacement;

/** The singleton kinds a stack declares: `type` for account-wide ones, `type@region` for regional ones. */
function singletons(stack: StackModel): Map<string, ResourceNode> {
  const { region } = placement(stack);
  const kinds = new Map<string, ResourceNode>();
  for (const resource of stack.resources) {
    if (resource.values.provider !== undefined) continue;
    if (ACCOUNT_SINGLETONS.includes(resource.type)) kinds.set(resource.type, resource);
    if (REGIONAL_SINGLETONS.includes(resource.type)) kinds.set(`${resource.type}@${region}`, resource);
    if (resource.type === 'aws_accessanalyzer_analyzer' && (resource.values.type ?? 'ACCOUNT') === 'ACCOUNT') {
      kinds.set(`${resource.type}@${region}`, resource);
    }
    if (resource.type === 'aws_iam_openid_connect_provider') kinds.set(`${resource.type}:${String(resource.values.url)}`, resource);
  }
  return kinds;
}

export const rule: StackRule = {
  id: 'account-singletons-once',
  title: 'Account-level resources are declared once per account (and region)',
  severity: 'high',
  rationale:
    'GuardDuty detectors, Security Hub, Config recorders and delivery channels, the account Access Analyzer, EBS default encryption, the password policy, the account public access block and the GitHub OIDC provider exist once per account (and region). Two stacks that declare one for the same account fight over it or fail to apply: create it in one stack, or leave it to the organisation (securityBaselines external).',
  references: {},
  scope: 'stack',
  resourceTypes: ['aws_guardduty_detector', 'aws_securityhub_account', 'aws_config_configuration_recorder', 'aws_iam_account_password_policy', 'aws_iam_openid_connect_provider'],
  check(stack, { app }) {
    const { account } = placement(stack);
    if (!account) return undefined;
    const mine = singletons(stack);
    const problems: string[] = [];
    for (const other of app.stacks) {
      if (other === stack || placement(other).account !== account) continue;
      for (const [kind, resource] of singletons(other)) {
        if (mine.has(kind)) problems.push(`${mine.get(kind)!.localAddress} is also declared by ${other.name} (${resource.localAddress}) for account ${account}`);
      }
    }
    return problems;
  },
};
