// `npx projen add <component> <name>`: a team's own construct under src/components/, its test, wired into src/main.ts.
import { generators } from '../lib.mjs';

const { COMPONENT_KINDS, findComponentKind, missingAddAnswers, resolveAddRequest, renderComponentFiles, wireComponent, wiringStatement } = generators;

/** @param Generator yeoman-generator's base class (loaded by ../yeoman.mjs) */
export default function createAddGenerator(Generator) {
  return class AddGenerator extends Generator {
    async prompting() {
      const given = this.options.answers;
      if (!this.options.interactive) return;
      const questions = [];
      if (!given.component) {
        questions.push({ type: 'list', name: 'component', message: 'Component', choices: COMPONENT_KINDS.map((k) => ({ name: `${k.name}: ${k.description}`, value: k.name })) });
      }
      if (!given.name) questions.push({ type: 'input', name: 'name', message: 'Name (lowercase letters, digits, hyphens; e.g. orders)' });
      const environments = this.options.settings.environments.map((e) => e.name);
      if (given.environments === undefined) {
        questions.push({ type: 'input', name: 'environments', message: `Environments (comma-separated; ${environments.join(', ')})`, default: 'all' });
      }
      if (given.regions === undefined) {
        const regions = [...new Set(this.options.settings.environments.flatMap((e) => e.regions))];
        questions.push({ type: 'input', name: 'regions', message: `Regions (comma-separated; ${regions.join(', ')})`, default: 'all' });
      }
      const answers = questions.length > 0 ? await this.prompt(questions) : {};
      const component = given.component ?? answers.component;
      const optionQuestions = (findComponentKind(component)?.options ?? [])
        .filter((option) => given.options[option.flag] === undefined)
        .map((option) => ({
          type: 'input',
          name: option.flag,
          message: `${option.description} (--${option.flag})`,
          ...(option.default === undefined ? {} : { default: String(option.default) }),
        }));
      const optionAnswers = optionQuestions.length > 0 ? await this.prompt(optionQuestions) : {};
      this.options.answers = {
        component,
        name: given.name ?? answers.name,
        environments: given.environments ?? (answers.environments === 'all' ? undefined : answers.environments),
        regions: given.regions ?? (answers.regions === 'all' ? undefined : answers.regions),
        // An empty answer to an optional question leaves the option to its derived default.
        options: { ...given.options, ...Object.fromEntries(Object.entries(optionAnswers).filter(([, value]) => value !== '')) },
      };
    }

    writing() {
      const answers = this.options.answers;
      const missing = missingAddAnswers(answers);
      if (missing.length > 0) {
        throw new Error(`missing ${missing.join(' and ')}; this is not a terminal, so give every answer on the command line`);
      }
      const { request, problems } = resolveAddRequest(answers, this.options.settings);
      if (!request) throw new Error(`nothing was written:\n  - ${problems.join('\n  - ')}`);

      const files = renderComponentFiles(request);
      const mainTs = this.readDestination('src/main.ts', { defaults: '' });
      const existing = [...files.keys()].filter((file) => this.existsDestination(file));
      const alreadyWired = new RegExp(`\\bnew ${request.className}\\(`).test(mainTs);
      if ((existing.length > 0 || alreadyWired) && !this.options.force) {
        const where = [...existing, ...(alreadyWired ? [`src/main.ts (new ${request.className})`] : [])];
        throw new Error(`a component named ${JSON.stringify(request.name)} already exists: ${where.join(', ')}. Nothing was written; choose another name, or rerun with --force to overwrite its files`);
      }
      const selection = { environments: request.environments, regions: request.regions };
      const edit = wireComponent(mainTs, (platformVariable) => ({
        importLine: `import { ${request.className} } from './components/${request.name}';`,
        statement: wiringStatement(platformVariable, request.className, request.name, selection),
      }));
      if (edit.kind === 'edited' && alreadyWired) {
        throw new Error(`src/main.ts already adds ${request.className} with another selection of environments or regions. Nothing was written; change that line of src/main.ts by hand`);
      }
      if (edit.kind === 'refused') {
        throw new Error(`${edit.reason}. Nothing was written. Add these lines to src/main.ts by hand, then rerun with --force:\n${edit.linesToAdd.map((l) => `    ${l}`).join('\n')}`);
      }
      for (const [file, content] of files) this.writeDestination(file, content);
      if (edit.kind === 'edited') {
        this.writeDestination('src/main.ts', edit.content);
        // The edit of src/main.ts is precise and checked above: yeoman need not ask about it (a dry run still shows its diff).
        if (!this.options.dryRun) this.env.sharedFs.get(this.destinationPath('src/main.ts')).conflicter = 'force';
      }
      this.summary = { request, files: [...files.keys()], mainTs: edit.kind };
    }

    end() {
      const { request, files, mainTs } = this.summary;
      const verb = this.options.dryRun ? 'would add' : 'added';
      this.log(`${verb} ${request.kind.name} ${request.name} (${request.className}) to ${request.stackNames.join(', ')}: ${files.join(', ')}${mainTs === 'edited' ? ', src/main.ts' : ''}`);
      if (!this.options.dryRun) this.log('Next: npx projen build (compiles, synthesizes, runs the guardrails and the tests)');
    }
  };
}
