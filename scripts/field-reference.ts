/**
 * `npm run fields`: rewrites the field reference in CONTRIBUTING.md from the schemas'
 * `.describe()` texts. `npm run fields -- --check` only reports whether it is out of date
 * (a unit test does the same, so a schema change without this step fails the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceFieldReference } from '../src/lib/authoring/field-reference.ts';

const file = new URL('../CONTRIBUTING.md', import.meta.url);
const current = readFileSync(file, 'utf8');
const updated = replaceFieldReference(current);
if (process.argv.includes('--check')) {
  if (updated !== current) {
    console.error('The field reference in CONTRIBUTING.md is out of date: run `npm run fields`.');
    process.exit(1);
  }
  console.log('The field reference in CONTRIBUTING.md is up to date.');
} else if (updated === current) console.log('CONTRIBUTING.md: the field reference was already up to date.');
else {
  writeFileSync(file, updated);
  console.log('CONTRIBUTING.md: rewrote the field reference from src/lib/model/schema.ts.');
}
