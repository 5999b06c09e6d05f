import * as fs from 'fs';
import * as path from 'path';
import { Component, SampleFile } from 'projen';
import { NodeProject } from 'projen/lib/javascript';
import { COMPONENT_KINDS } from '../generators/components';
import { MIGRATION_RECORD_FILE } from '../generators/migrations';

/** The command of this package's generators (`bin` of secure-aws-stack, on the PATH of every projen task). */
const GENERATOR_COMMAND = 'secure-aws-stack';

/**
 * `npx projen add <component> <name>` and `npx projen migrate`: the yeoman generators of the files the team owns.
 * Their arguments reach the generators as typed (an argv, no shell), so `--schedule 'rate(1 day)'` or
 * `--path '/orders/*'` need no second quoting. A new repository records the package version it was created with, so
 * that only later migrations apply to it.
 */
export class GeneratorTasks extends Component {
  constructor(project: NodeProject) {
    super(project);
    project.addTask('add', {
      description: `Add a component of your own (${COMPONENT_KINDS.map((k) => k.name).join(', ')}) under src/components/, with its test, wired into src/main.ts`,
      steps: [{ execArgs: [GENERATOR_COMMAND, 'add'], receiveArgs: true }],
    });
    project.addTask('migrate', {
      description: 'Apply the migrations of the installed secure-aws-stack to the code you own (src/, test/)',
      steps: [{ execArgs: [GENERATOR_COMMAND, 'migrate'], receiveArgs: true }],
    });
    new SampleFile(project, MIGRATION_RECORD_FILE, {
      contents: `${JSON.stringify({ migratedTo: packageVersion() }, undefined, 2)}\n`,
    });
  }
}

function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf-8')).version;
}
