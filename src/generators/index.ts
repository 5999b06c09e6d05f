// The generators' logic, called by the ESM generators of generators/ (not part of the jsii API: src/index.ts does not export it).
export * from './add-request';
export * from './component-files';
export * from './component-name';
export * from './components';
export * from './main-ts-wiring';
export * from './migrations';
export * from './platform-settings-reader';
export * from './init-answers';
export { PLATFORM_DIR } from '../repository-layout';
