import { normalizeModuleName } from '../js/module-binding';
import type { DeclarationSite } from './backend';

/** A module export as the compiler resolved it: `{ module: 'fs', name: 'readFileSync' }`. */
export interface TypedExport {
  module: string;
  name: string;
}

/**
 * The module a declaration belongs to: the enclosing `declare module "fs"` (as in @types/node),
 * else the package whose typings under node_modules declare it. Declarations in the project's
 * own files are never a module export.
 */
export function moduleExportOf(site: DeclarationSite): TypedExport | undefined {
  const module = site.ambientModule !== undefined ? normalizeModuleName(site.ambientModule) : packageModule(site);
  return module === undefined ? undefined : { module, name: site.name };
}

function packageModule(site: DeclarationSite): string | undefined {
  if (!site.fromExternalLibrary && !site.fileName.includes('/node_modules/')) return undefined;
  return packageName(site.fileName);
}

/** `bcrypt` for a file in node_modules/@types/bcrypt, `@scope/name` for node_modules/@scope/name. */
function packageName(fileName: string): string | undefined {
  const parts = fileName.slice(fileName.lastIndexOf('/node_modules/') + '/node_modules/'.length).split('/');
  if (parts[0] === '@types' && parts[1]) {
    const [scope, name] = parts[1].split('__');
    return name ? `@${scope}/${name}` : scope;
  }
  if (parts[0]?.startsWith('@') && parts[1]) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}
