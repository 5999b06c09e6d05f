/** An AWS Organizations tag policy (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_example-tag-policies.html). */
export interface TagPolicy {
  readonly tags: Record<string, { tag_key: { '@@assign': string }; tag_value?: { '@@assign': string[] } }>;
}

/**
 * The tag policy of the convention: every required key with its exact capitalisation, and the allowed values of
 * the tags whose values are constrained. Organisation-wide values (Owner, CostCenter…) are left open: one policy
 * serves every project of the organisation.
 */
export function tagPolicy(tagKeys: readonly string[], allowedValues: Readonly<Record<string, readonly string[]>>): TagPolicy {
  const tags: TagPolicy['tags'] = {};
  for (const key of tagKeys) {
    const values = allowedValues[key];
    tags[key] = { tag_key: { '@@assign': key }, ...(values ? { tag_value: { '@@assign': [...values] } } : {}) };
  }
  return { tags };
}
