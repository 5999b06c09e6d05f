import { Component, JsonFile, Project, TextFile } from 'projen';
import { tagPolicy } from './tag-policy';
import { PlatformSettings } from '../kernel/settings-model';
import { renderTemplate } from '../templates';

const SOURCES: Record<string, string> = {
  Owner: '`owner`',
  CostCenter: '`costCenter`',
  Project: '`projectName`',
  ManagedBy: 'always `terraform`',
  DataClassification: '`dataClassification`',
};

/** Managed files of the tagging convention: the AWS Organizations tag policy and `docs/tagging.md`. */
export class TaggingComponent extends Component {
  constructor(project: Project, settings: PlatformSettings) {
    super(project);
    const environments = settings.environments.map((e) => e.name);
    const allowedTagValues = { Environment: environments, ...settings.allowedTagValues };
    new JsonFile(project, 'policies/tag-policy.json', {
      obj: tagPolicy(['Environment', ...Object.keys(settings.tags)], { ...allowedTagValues, ManagedBy: [settings.tags.ManagedBy] }),
      readonly: true,
      marker: false,
    });
    new TextFile(project, 'docs/tagging.md', {
      lines: renderTemplate('managed/tagging.md.ejs', { environments, tags: settings.tags, allowedTagValues, sources: SOURCES }).split('\n'),
      readonly: true,
    });
  }
}
