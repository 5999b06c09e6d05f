import { synthProject } from './synth-helper';
import { tagKeyProblem, tagValueProblem } from '../src/kernel/tags';
import { ProblemCollector } from '../src/resolve/problem-collector';
import { resolveExtraTags } from '../src/resolve/tagging/resolve-tagging';
import { InvalidOptionsError } from '../src/resolve-settings';

/** The problems the tagging resolver records for `extraTags`. */
function extraTagProblems(options: { extraTags: string[] }): readonly string[] {
  const problems = new ProblemCollector();
  resolveExtraTags(options, problems);
  return problems.problems;
}

describe('tagging options', () => {
  test('AWS tag syntax and length limits', () => {
    expect(tagKeyProblem('Team Email')).toBeUndefined();
    expect(tagKeyProblem('aws:createdBy')).toMatch(/reserved/);
    expect(tagKeyProblem('k'.repeat(129))).toMatch(/1 to 128/);
    expect(tagKeyProblem('a#b')).toMatch(/may contain/);
    expect(tagValueProblem('ops@example.com')).toBeUndefined();
    expect(tagValueProblem('v'.repeat(257))).toMatch(/256/);
    expect(tagValueProblem(' padded')).toMatch(/space/);
  });

  test.each([
    [['Compliance'], '"Compliance" is not of the form "Key=Value"'],
    [['aws:team=x'], 'has an invalid key: tag keys starting with "aws:" are reserved'],
    [['Team=a|b'], 'has an invalid value'],
    [['owner=someone'], 'redefines the built-in tag owner'],
    [['Compliance=pci', 'compliance=sox'], 'gives the tag compliance a second value'],
  ])('%j is rejected', (extraTags, message) => {
    expect(extraTagProblems({ extraTags }).join('\n')).toContain(message);
  });

  test('npx projen refuses invalid extra tags', () => {
    expect(() => synthProject({ extraTags: ['aws:x=y'] })).toThrow(InvalidOptionsError);
  });

  describe('a generated repository', () => {
    const files = synthProject({ extraTags: ['Compliance=pci', 'Team Email=ops@example.com'], environments: ['dev', 'prod'] });

    test('stamps the extra tags with the required tags through the settings', () => {
      const settings = files['src/platform/settings.ts'] as string;
      expect(settings).toContain('"Compliance": "pci"');
      expect(settings).toContain('"Team Email": "ops@example.com"');
    });

    test('renders an AWS Organizations tag policy of every key, with the allowed values', () => {
      const policy = files['policies/tag-policy.json'] as any;
      expect(Object.keys(policy.tags)).toEqual(['Environment', 'Owner', 'CostCenter', 'Project', 'ManagedBy', 'DataClassification', 'Compliance', 'Team Email']);
      expect(policy.tags.Environment).toEqual({ tag_key: { '@@assign': 'Environment' }, tag_value: { '@@assign': ['dev', 'prod'] } });
      expect(policy.tags.DataClassification.tag_value['@@assign']).toEqual(['public', 'internal', 'confidential', 'restricted']);
      expect(policy.tags.Owner).toEqual({ tag_key: { '@@assign': 'Owner' } });
    });

    test('documents the conventions in docs/tagging.md', () => {
      const doc = files['docs/tagging.md'] as string;
      expect(doc).toContain('| `Compliance` | `pci` | `extraTags` |');
      expect(doc).toContain('- `DataClassification`: `public`, `internal`, `confidential`, `restricted`');
      expect(doc).toContain('REQUIRED_TAGS');
    });
  });
});
