import type { ResourceRule } from '../../model';

const CONFIG_SERVICE_LINKED_ROLE = /^arn:aws[a-z-]*:iam::\d{12}:role\/aws-service-role\/config\.amazonaws\.com\/AWSServiceRoleForConfig$/;

export const rule: ResourceRule = {
  id: 'config-recorder-service-linked-role',
  title: 'AWS Config records with its service-linked role',
  severity: 'medium',
  rationale:
    'Security Hub Config.1 passes only when the recorder uses the service-linked role AWSServiceRoleForConfig: a custom role can lose the permissions AWS adds for new resource types. aws_config_configuration_recorder.role_arn must be arn:<partition>:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig.',
  references: { securityHub: ['Config.1'], cis: ['3.3'] },
  scope: 'resource',
  resourceTypes: ['aws_config_configuration_recorder'],
  check(recorder) {
    const roleArn = String(recorder.values.role_arn);
    return CONFIG_SERVICE_LINKED_ROLE.test(roleArn) ? undefined : `role_arn ${roleArn} is not AWSServiceRoleForConfig`;
  },
};
