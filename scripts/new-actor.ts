/**
 * `npm run new:actor -- --name "Mohammad Pakpour" --kind person [--id …] [--alias …]… [--role "…"] [--country IR]`
 * Writes content/actors/<id>.yaml with every field present and explained. Before writing, it
 * looks for an actor already known by that id or a name close to it ("did you mean"), since a
 * second file for the same person splits their entries; `--distinct` writes it anyway.
 * It never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { ACTOR_KINDS, actorSchema, idSchema } from '../src/lib/model/schema.ts';
import { actorTemplate } from '../src/lib/authoring/scaffold.ts';
import { suggestId } from '../src/lib/model/names.ts';
import { suggestActors, type ActorRecord } from '../src/lib/model/actorNames.ts';
import { complete, contentDir } from './ask.ts';

const USAGE = `Usage: npm run new:actor -- --name "…" --kind ${ACTOR_KINDS.join('|')} [--id …]
  [--alias "…"]… [--role "…"] [--country IR] [--distinct] [--content DIR]
--distinct writes the file even when an existing actor has a similar name.`;

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string' },
    alias: { type: 'string', multiple: true },
    role: { type: 'string' },
    country: { type: 'string' },
    distinct: { type: 'boolean' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const answers = await complete(
  { id: values.id, name: values.name, kind: values.kind, role: values.role, country: values.country },
  [
    { flag: 'name', prompt: 'Name, in its most common English spelling' },
    { flag: 'kind', prompt: `Kind (${ACTOR_KINDS.join(', ')})` },
  ],
  USAGE,
);
const name = answers['name'] ?? '';
const kind = answers['kind'] ?? '';
const id = answers['id'] ?? suggestId(name);
const country = answers['country']?.toUpperCase();
const checks = [
  ['id', idSchema.safeParse(id)],
  ['name', actorSchema.shape.name.safeParse(name)],
  ['kind', actorSchema.shape.kind.safeParse(kind)],
  ...(country === undefined ? [] : [['country', actorSchema.shape.country.safeParse(country)] as const]),
] as const;
for (const [flag, result] of checks)
  if (!result.success) fail(`--${flag}: ${result.error.issues.map((i) => i.message).join(' ')}`);

const dir = join(contentDir(values.content), 'actors');
const file = join(dir, `${id}.yaml`);
if (existsSync(file))
  fail(`${file} already exists; it was left as it is. Tag the actor as "${id}", or add a spelling to its aliases.`);

// The actors already there, as far as they can be read; a broken file is the checker's business.
const known: ActorRecord[] = (existsSync(dir) ? readdirSync(dir) : [])
  .filter((entry) => entry.endsWith('.yaml'))
  .flatMap((entry) => {
    const parsed = actorSchema.safeParse(load(readFileSync(join(dir, entry), 'utf8')));
    return parsed.success ? [{ id: entry.slice(0, -'.yaml'.length), data: parsed.data }] : [];
  });
const similar = [...new Set([id, name, ...(values.alias ?? [])].flatMap((wanted) => suggestActors(wanted, known)))];
if (similar.length > 0 && !values.distinct)
  fail(
    `Did you mean ${similar.map((s) => `"${s}" (content/actors/${s}.yaml)`).join(' or ')}? ` +
      'If so, tag that id in the digest, and add any new spelling to its aliases. ' +
      'If this is someone else, run the command again with --distinct.',
  );

mkdirSync(dir, { recursive: true });
try {
  writeFileSync(file, actorTemplate({ name, kind, aliases: values.alias, role: answers['role'], country }), {
    flag: 'wx',
  });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${file} already exists; it was left as it is.`);
  throw error;
}
console.log(
  `Wrote ${file}\nNext: replace every TODO in it, tag "${id}" in the digest's actors, then run \`npm run check:content\`.`,
);
