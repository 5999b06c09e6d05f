import { ConfigConfigRule } from '@cdktf/provider-aws/lib/config-config-rule';
import { Construct } from 'constructs';
import { ITerraformDependable } from '../engine';

/** AWS Config's REQUIRED_TAGS managed rule takes at most six tag keys (tag1Key…tag6Key). */
export const TAGS_PER_RULE = 6;

export interface RequiredTagsConfigRulesProps {
  /** Prefix of the rule names, e.g. `payments-dev-us-east-1`. */
  readonly namePrefix: string;
  /** The required tags and their values, as stamped by the providers' `default_tags`. */
  readonly tags: Readonly<Record<string, string>>;
  /**
   * The configuration recorder of the region (and its delivery channel): a Config rule cannot be created before the
   * region records configuration.
   * @default no explicit dependency (the recorder must then exist before the stack is applied)
   */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * AWS Config `REQUIRED_TAGS` rules that report every supported resource of the region, created by Terraform or not,
 * that lacks a required tag or carries another value: one rule per six tags.
 */
export class RequiredTagsConfigRules extends Construct {
  public readonly rules: ConfigConfigRule[];

  constructor(scope: Construct, id: string, props: RequiredTagsConfigRulesProps) {
    super(scope, id);
    const entries = Object.entries(props.tags);
    if (entries.length === 0) throw new Error(`RequiredTagsConfigRules ${props.namePrefix}: no tags to require`);
    const chunks: Array<Array<[string, string]>> = [];
    for (let i = 0; i < entries.length; i += TAGS_PER_RULE) chunks.push(entries.slice(i, i + TAGS_PER_RULE));

    this.rules = chunks.map((chunk, index) => {
      const parameters: Record<string, string> = {};
      chunk.forEach(([key, value], i) => {
        parameters[`tag${i + 1}Key`] = key;
        parameters[`tag${i + 1}Value`] = value;
      });
      return new ConfigConfigRule(this, `rule-${index + 1}`, {
        name: `${props.namePrefix}-required-tags${chunks.length > 1 ? `-${index + 1}` : ''}`,
        description: `Resources carry the required tags ${chunk.map(([key]) => key).join(', ')} with the values of the tagging convention`,
        source: { owner: 'AWS', sourceIdentifier: 'REQUIRED_TAGS' },
        inputParameters: JSON.stringify(parameters),
        dependsOn: props.dependsOn,
      });
    });
  }
}
