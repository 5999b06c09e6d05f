export * from './ci/ci-options';
export * from './options';
export * from './project';
