import { TaggingOptions } from './tagging-options';
import { MANAGED_BY, REQUIRED_TAG_KEYS, tagKeyProblem, tagValueProblem } from '../../kernel/tags';
import * as vocabulary from '../../kernel/vocabulary';
import { ProblemCollector } from '../problem-collector';

/** The tag options: the required tags' values and the organisation's extras. */
export interface TagOptions extends TaggingOptions {
  readonly owner?: string;
  readonly costCenter?: string;
  readonly dataClassification?: string;
}

export interface TaggingContext {
  readonly project: string;
}

export interface Tagging {
  /** Required tags shared by every environment, then the extras in the order given. */
  readonly tags: Record<string, string>;
  readonly allowedTagValues: Record<string, string[]>;
}

/** The tags every resource carries, in this order, before any organisation extra. */
export const BUILT_IN_TAG_KEYS: readonly string[] = REQUIRED_TAG_KEYS;
/** AWS allows 50 user tags per resource; leave room for the tags resources set themselves (Name, ...). */
export const MAX_EXTRA_TAGS = 20;
const DATA_CLASSIFICATIONS: readonly string[] = vocabulary.DATA_CLASSIFICATIONS;
const DEFAULTS = { owner: 'platform-team', costCenter: 'cc-0000', dataClassification: 'internal' };

/** The tags of every resource; records values AWS would refuse and extras that clash. */
export function resolveTagging(options: TagOptions, context: TaggingContext, problems: ProblemCollector): Tagging {
  const owner = tagOption('owner', options.owner ?? DEFAULTS.owner, problems);
  const costCenter = tagOption('costCenter', options.costCenter ?? DEFAULTS.costCenter, problems);
  const dataClassification = options.dataClassification ?? DEFAULTS.dataClassification;
  if (!DATA_CLASSIFICATIONS.includes(dataClassification)) {
    problems.add('dataClassification', dataClassification, `is not allowed: use one of ${DATA_CLASSIFICATIONS.join(', ')}`);
  }
  return {
    tags: {
      Owner: owner,
      CostCenter: costCenter,
      Project: context.project,
      ManagedBy: MANAGED_BY,
      DataClassification: dataClassification,
      ...resolveExtraTags(options, problems),
    },
    allowedTagValues: { DataClassification: [...DATA_CLASSIFICATIONS] },
  };
}

function tagOption(option: string, value: string, problems: ProblemCollector): string {
  if (value.length === 0 || tagValueProblem(value) !== undefined) {
    problems.add(option, value, 'is not a valid AWS tag value: use 1 to 256 letters, digits, spaces and + - = . _ : / @, without leading or trailing spaces');
  }
  return value;
}

/** `extraTags` (`Key=Value` entries) as a map, in the order given. */
export function resolveExtraTags(options: TaggingOptions, problems: ProblemCollector): Record<string, string> {
  const entries = options.extraTags ?? [];
  if (entries.length > MAX_EXTRA_TAGS) {
    problems.addLines([`extraTags: ${entries.length} tags are too many: at most ${MAX_EXTRA_TAGS} (AWS allows 50 tags per resource, the platform and resources need the rest)`]);
  }
  const tags: Record<string, string> = {};
  const seen = new Set<string>();
  for (const entry of entries) {
    const separator = entry.indexOf('=');
    if (separator <= 0) {
      problems.addLines([`extraTags: ${JSON.stringify(entry)} is not of the form "Key=Value"`]);
      continue;
    }
    const key = entry.slice(0, separator);
    const value = entry.slice(separator + 1);
    const keyProblem = tagKeyProblem(key);
    if (keyProblem) problems.addLines([`extraTags: ${JSON.stringify(entry)} has an invalid key: ${keyProblem}`]);
    const valueProblem = tagValueProblem(value);
    if (valueProblem) problems.addLines([`extraTags: ${JSON.stringify(entry)} has an invalid value: ${valueProblem}`]);
    if (BUILT_IN_TAG_KEYS.some((k) => k.toLowerCase() === key.toLowerCase())) {
      problems.addLines([`extraTags: ${JSON.stringify(entry)} redefines the built-in tag ${key}: set it with its own option (owner, costCenter, dataClassification...)`]);
    }
    if (seen.has(key.toLowerCase())) problems.addLines([`extraTags: ${JSON.stringify(entry)} gives the tag ${key} a second value`]);
    seen.add(key.toLowerCase());
    tags[key] = value;
  }
  return tags;
}
