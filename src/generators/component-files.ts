import { AddRequest } from './add-request';
import { renderTemplate } from '../templates';

/** A TypeScript single-quoted string literal (the generated repository's eslint asks for single quotes). */
export function tsString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function literalOrUndefined(value: string | number | boolean | undefined): string {
  return value === undefined || value === 'none' ? 'undefined' : tsString(String(value));
}

/** A word as a POSIX shell reads it back: as is when it holds no character the shell treats specially, else single-quoted. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9_.,/:=@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}

/** The command that reproduces a request, written into the generated files (ready to paste into a shell). */
export function addCommand(request: AddRequest): string {
  const flags = [
    ...(request.environments ? [`--environments ${request.environments.join(',')}`] : []),
    ...(request.regions ? [`--regions ${request.regions.join(',')}`] : []),
    ...Object.entries(request.options).map(([flag, value]) => `--${flag} ${shellWord(String(value))}`),
  ];
  return ['npx projen add', request.kind.name, request.name, ...flags].join(' ');
}

/** The files of a component, by path relative to the repository: its construct, its test and, for functions, the handler. */
export function renderComponentFiles(request: AddRequest): Map<string, string> {
  const sortKey = String(request.options['sort-key'] ?? 'none');
  const schedule = String(request.options.schedule ?? 'none');
  const replicaRegion = String(request.options['replicate-to'] ?? 'none');
  const locals = {
    name: request.name,
    nameLiteral: tsString(request.name),
    className: request.className,
    classNameLiteral: tsString(request.className),
    description: request.kind.description,
    command: addCommand(request),
    stackNamesLiteral: `[${request.stackNames.map(tsString).join(', ')}]`,
    options: request.options,
    partitionKeyLiteral: tsString(String(request.options['partition-key'] ?? 'pk')),
    sortKeyLiteral: sortKey === 'none' ? 'null' : tsString(sortKey),
    scheduleLiteral: schedule === 'none' ? 'undefined' : tsString(schedule),
    /** Empty without replication: the template then writes a bucket without. */
    hostLiteral: literalOrUndefined(request.options.host),
    pathLiteral: literalOrUndefined(request.options.path),
    replicaRegionLiteral: replicaRegion === 'none' ? '' : tsString(replicaRegion),
  };
  const files = new Map<string, string>([
    [request.componentFile, renderTemplate(`components/${request.kind.name}.ts.ejs`, locals)],
    [request.testFile, renderTemplate(`components/${request.kind.name}.test.ts.ejs`, locals)],
  ]);
  if (request.kind.name === 'function') {
    files.set(`functions/${request.name}/index.js`, renderTemplate('components/function-handler.js.ejs', locals));
  }
  return files;
}
