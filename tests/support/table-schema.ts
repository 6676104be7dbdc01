/**
 * Checks a CSV file against a Frictionless Table Schema (the subset datapackage.ts writes: string,
 * integer, number, boolean and list fields with required, enum and pattern constraints, a primary
 * key). Returns one message per problem, naming row and field; an empty list means it conforms.
 */
import { parse } from 'csv-parse/sync';

export interface SchemaField {
  name: string;
  type: string;
  delimiter?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

const TYPE_CHECKS: Record<string, (cell: string) => boolean> = {
  string: () => true,
  list: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell),
  boolean: (cell) => cell === 'true' || cell === 'false',
};

export function checkCsv(csv: string, schema: { fields: SchemaField[]; primaryKey?: string[] }): string[] {
  const [header, ...rows] = parse(csv, { bom: true, relax_column_count: true }) as string[][];
  const problems: string[] = [];
  const names = schema.fields.map((f) => f.name);
  if (header?.join(',') !== names.join(','))
    problems.push(`header is ${header?.join(',')}, schema says ${names.join(',')}`);
  const keys = new Set<string>();
  rows.forEach((row, r) => {
    const line = `row ${r + 2}`;
    if (row.length !== names.length) problems.push(`${line} has ${row.length} cells, not ${names.length}`);
    schema.fields.forEach((field, i) => {
      const cell = row[i] ?? '';
      const where = `${line}, field ${field.name} (${JSON.stringify(cell)})`;
      if (cell === '') {
        if (field.constraints?.required) problems.push(`${where}: required but empty`);
        return;
      }
      const check = TYPE_CHECKS[field.type];
      if (!check) problems.push(`${where}: unknown type ${field.type}`);
      else if (!check(cell)) problems.push(`${where}: not a valid ${field.type}`);
      const values = field.type === 'list' ? cell.split(field.delimiter ?? ',') : [cell];
      for (const value of values) {
        if (field.constraints?.enum && !field.constraints.enum.includes(value))
          problems.push(`${where}: ${value} is not one of ${field.constraints.enum.join(', ')}`);
        if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value))
          problems.push(`${where}: does not match ${field.constraints.pattern}`);
      }
    });
    const key = (schema.primaryKey ?? []).map((k) => row[names.indexOf(k)]).join('\u0000');
    if (schema.primaryKey && keys.has(key)) problems.push(`${line}: primary key ${key} repeats`);
    keys.add(key);
  });
  return problems;
}
