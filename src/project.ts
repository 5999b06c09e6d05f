import { JsonFile, SampleFile, typescript } from 'projen';
import { CiCd } from './ci/ci-cd';
import { GeneratorTasks } from './components/generator-tasks';
import { LocalBinsPath } from './components/local-bins-path';
import { ManagedSourceFile } from './components/managed-source-file';
import { PlatformDocs } from './components/platform-docs';
import { PlatformLibrary } from './components/platform-library';
import { PlatformSettingsFile } from './components/platform-settings-file';
import { ProjenrcNodeTypes } from './components/projenrc-node-types';
import { runProjenrcWithCachedTypeCheck } from './components/projenrc-task';
import { ResyncReport } from './components/resync-report';
import { TerraformTasks } from './components/terraform-tasks';
import { CDKTF_ENGINE } from './engine';
import { GuardrailsComponent } from './guardrails/guardrails-component';
import { PlatformSettings } from './kernel/settings-model';
import { SecureAwsStackProjectOptions } from './options';
import { PLATFORM_DIR, platformPath } from './repository-layout';
import { alarmSubscriberWarnings } from './resolve/capabilities/alarm-subscribers';
import { securityContactWarnings } from './resolve/capabilities/security-contact';
import { InvalidOptionsError, PRINT_REJECTION_AND_EXIT } from './resolve/invalid-options-error';
import { resolveOptions, ResolvedOptions } from './resolve/resolve-options';
import { assertSynthesizesInWorkingDirectory } from './synthesis-folder';
import { TaggingComponent } from './tagging/tagging-component';
import { renderTemplate } from './templates';
import { ImpactTask } from './upgrades/impact-task';
import { UpgradesDoc } from './upgrades/upgrades-doc';

const CDKTF_OUTDIR = 'cdktf.out';

/**
 * An infrastructure repository with a secure, multi-region AWS platform written with CDK for Terraform,
 * its tests and tasks, kept in sync with this package by `npx projen`.
 *
 * @pjid secure-aws-stack
 */
export class SecureAwsStackProject extends typescript.TypeScriptAppProject {
  private readonly resyncReport: ResyncReport;

  // projen finds the options struct by the constructor's single argument named `options`.
  constructor(options: SecureAwsStackProjectOptions) {
    // Validate before the base class is constructed, so that bad options never leave a file behind.
    const resolved = resolvedOrExit(options);
    const settings = resolved.settings;
    // `projen new` flags arrive as numbers where strings are meant; `.projenrc.ts` is rendered from them.
    options = resolved.options;
    super(baseOptions(options, settings));
    assertSynthesizesInWorkingDirectory(this.outdir, options.outdir);
    for (const warning of alarmSubscriberWarnings(settings.environments)) this.logger.warn(warning);
    const baselines = settings.environments.map((e) => ({ ...e, securityBaseline: e.orgFit?.securityBaseline ?? 'managed' }));
    for (const warning of securityContactWarnings(baselines)) this.logger.warn(warning);

    this.deps.removeDependency('ts-jest');
    this.package.file.addOverride('jest.transform', { '^.+\\.[t]sx?$': ['@swc/jest', {}] });
    this.package.file.addOverride('jest.setupFilesAfterEnv', ['<rootDir>/test/setup-cdktf-matchers.ts']);
    this.package.file.addOverride('jest.collectCoverage', false);
    this.eslint?.addRules({
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: CDKTF_ENGINE.awsProviderPackage,
              message: `Import resources from "${CDKTF_ENGINE.awsProviderPackage}/lib/<resource>": the package root loads every resource of the provider (seconds and hundreds of MB per process).`,
            },
          ],
        },
      ],
    });

    // Managed code is linted where it is written (in secure-aws-stack); `eslint --fix` must never rewrite it here.
    this.eslint?.addIgnorePattern(`/${PLATFORM_DIR}/`);
    this.eslint?.addIgnorePattern('/test/setup-cdktf-matchers.ts');

    new PlatformLibrary(this, PLATFORM_DIR);
    new PlatformSettingsFile(this, platformPath('settings.ts'), settings);
    new ManagedSourceFile(
      this,
      'test/setup-cdktf-matchers.ts',
      renderTemplate('managed/setup-cdktf-matchers.ts.ejs', { corePackage: CDKTF_ENGINE.corePackage }),
    );
    const terraformTasks = new TerraformTasks(this, {
      appEntrypoint: 'src/main.ts',
      runnerEntrypoint: platformPath('tooling/terraform-stacks.ts'),
      outdir: CDKTF_OUTDIR,
      synthEntrypoint: platformPath('tooling/synth.ts'),
      architectureDoc: 'docs/architecture.md',
    });
    new ImpactTask(this, {
      runnerEntrypoint: platformPath('tooling/impact.ts'),
      outdir: CDKTF_OUTDIR,
      allowedStatefulChanges: options.allowedStatefulChanges ?? [],
    });
    new UpgradesDoc(this, {
      allowedStatefulChanges: options.allowedStatefulChanges ?? [],
      preventDestroyExemptions: settings.upgrades?.preventDestroyExemptions ?? [],
    });
    new GuardrailsComponent(this, {
      platformDir: PLATFORM_DIR,
      outdir: CDKTF_OUTDIR,
      synthTask: terraformTasks.synth,
      guardrails: resolved.guardrails,
    });
    new TaggingComponent(this, settings);
    new PlatformDocs(this);
    new CiCd(this, {
      ci: resolved.ci,
      outdir: CDKTF_OUTDIR,
      synthTask: terraformTasks.synth,
      validateTask: terraformTasks.validate,
      defaultBranch: options.defaultReleaseBranch ?? 'main',
      nodeVersion: options.workflowNodeVersion ?? options.minNodeVersion,
    });
    new JsonFile(this, 'cdktf.json', {
      obj: {
        language: 'typescript',
        app: 'npx projen synth',
        output: CDKTF_OUTDIR,
        terraformProviders: [],
        terraformModules: [],
      },
    });

    const locals = { project: settings.project, organization: settings.organization, settings };
    new SampleFile(this, 'src/main.ts', { contents: renderTemplate('samples/main.ts.ejs', locals) });
    new SampleFile(this, 'test/main.test.ts', { contents: renderTemplate('samples/main.test.ts.ejs', locals) });
    new GeneratorTasks(this);
    new LocalBinsPath(this);
    new ProjenrcNodeTypes(this);
    runProjenrcWithCachedTypeCheck(this);

    this.resyncReport = new ResyncReport(this);
    this.gitignore.addPatterns(`/${CDKTF_OUTDIR}/`, '.terraform/', '*.tfplan', 'tfplan', '*.tfstate', '*.tfstate.*');
  }

  public synth(): void {
    super.synth();
    this.resyncReport.keepTimesOfUnchangedFiles();
  }

  /** Ends `npx projen` with one line saying what changed, after dependencies are installed. */
  public postSynthesize(): void {
    super.postSynthesize();
    console.log(this.resyncReport.summaryLine());
  }
}

/**
 * The options resolved, when they are valid. Under `projen new` (which passes `__new__`) and under the default task
 * (PRINT_REJECTION_AND_EXIT), a rejection is printed as the README shows it and the process exits: there the
 * constructor runs where an error is uncaught, and Node would print it with the throwing source line around it.
 */
function resolvedOrExit(options: SecureAwsStackProjectOptions): ResolvedOptions {
  try {
    return resolveOptions(options);
  } catch (error) {
    const underProjenNew = (options as { __new__?: unknown }).__new__ !== undefined;
    const underDefaultTask = (globalThis as Record<symbol, unknown>)[PRINT_REJECTION_AND_EXIT] === true;
    if (error instanceof InvalidOptionsError && (underProjenNew || underDefaultTask)) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

function baseOptions(options: SecureAwsStackProjectOptions, settings: PlatformSettings): typescript.TypeScriptProjectOptions {
  const engine = CDKTF_ENGINE;
  return {
    projenrcTs: true,
    sampleCode: false,
    release: false,
    package: false,
    // The workflows of src/ci replace projen's build and dependency upgrade workflows.
    buildWorkflow: false,
    depsUpgrade: false,
    ...options,
    deps: [
      `${engine.corePackage}@${engine.coreVersion}`,
      `${engine.awsProviderPackage}@${engine.awsProviderVersion}`,
      `constructs@${engine.constructsVersion}`,
      ...(options.deps ?? []),
    ],
    devDeps: ['@swc/core@^1.13.0', '@swc/jest@^0.2.39', 'ts-node@^10.9.2', ...(options.devDeps ?? [])],
    readme: options.readme ?? {
      contents: renderTemplate('samples/README.md.ejs', { settings, engine }),
    },
    tsconfig: {
      ...options.tsconfig,
      compilerOptions: { skipLibCheck: true, ...options.tsconfig?.compilerOptions },
    },
    jestOptions: {
      ...options.jestOptions,
      jestConfig: { testTimeout: 60_000, ...options.jestOptions?.jestConfig },
    },
  };
}
