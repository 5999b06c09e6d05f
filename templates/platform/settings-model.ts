/**
 * The typed shape of `settings.ts`, which `npx projen` renders from the options in `.projenrc.ts`. The model is
 * the domain kernel's (`kernel/settings-model.ts`, generated from secure-aws-stack's `src/kernel`), the type the
 * option resolvers return; it is re-exported here so that `import { PlatformSettings } from './settings-model'`
 * keeps working.
 */
export * from './kernel/settings-model';
