import type { ResourceRule } from '../../model';
import { deniesInsecureTransport, PolicyDocument, readPolicy } from '../../policy-document';

export const rule: ResourceRule = {
  id: 'sns-topic-tls-only',
  title: 'SNS topic policies refuse publishing without TLS',
  severity: 'medium',
  rationale: 'Without a deny on aws:SecureTransport = false, clients may publish over plain HTTP. Add that statement to the topic policy.',
  references: { cdkNag: ['AwsSolutions-SNS3'] },
  scope: 'resource',
  resourceTypes: ['aws_sns_topic'],
  check(topic, { graph }) {
    const documents: PolicyDocument[] = [];
    const inline = readPolicy(topic, 'policy', graph);
    if (inline) documents.push(inline);
    for (const policy of graph.referrers(topic, 'aws_sns_topic_policy', 'arn')) {
      const document = readPolicy(policy, 'policy', graph);
      if (document) documents.push(document);
    }
    if (documents.length === 0) return 'the topic has no policy denying publication without TLS';
    if (documents.some((d) => !d.analysable)) return undefined;
    const denies = documents.some((d) => d.analysable && d.statements.some((s) => deniesInsecureTransport(s, 'sns:Publish')));
    return denies ? undefined : 'the topic policy does not deny sns:Publish when aws:SecureTransport is false';
  },
};
