import { IResolver, Project, TextFile } from 'projen';

/** A read-only TypeScript file whose first line is projen's generated-file marker. */
export class ManagedSourceFile extends TextFile {
  constructor(project: Project, filePath: string, contents: string) {
    super(project, filePath, { lines: contents.replace(/\n$/, '').split('\n'), readonly: true });
  }

  protected synthesizeContent(resolver: IResolver): string | undefined {
    const body = super.synthesizeContent(resolver);
    return this.marker ? `// ${this.marker}\n${body}` : body;
  }
}
