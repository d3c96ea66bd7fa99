// The SARIF 2.1.0 JSON schema (as published to SchemaStore, the schema GitHub's code scanning docs
// name; shipped on npm by @microsoft/sarif-matcher-utils) and a validator for it. The schema is
// written in JSON Schema draft-04, hence Ajv's draft-04 build; formats (uri, date-time) are checked.
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';

const SCHEMA_FILE = path.resolve('node_modules/@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json');

export const sarifSchema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as { title: string };

// unicodeRegExp off: the schema's language pattern has a stray `]`, legal only outside unicode mode.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

/** The schema's complaints about `log`, one line each; empty when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
