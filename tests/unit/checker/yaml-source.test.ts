import { describe, expect, test } from 'vitest';
import { readYaml } from '../../../src/lib/checker/yaml-source.ts';

const text = `headline: Iran deploys troops
published:
  date: "2020-10-26"
places:
  - jolfa
  - khoda-afarin
events:
  - id: deployment
    when: { date: "2020-10-25", precision: day }
`;

describe('YAML with positions', () => {
  test('reads an unquoted date as a date, as Astro does, keeping the day as written', () => {
    const data = readYaml('date: 2021-02-29\nyear: 2020\ntext: "2020-10-26"').data as { [key: string]: unknown };
    expect(data['date']).toBeInstanceOf(Date);
    expect((data['date'] as Date).toISOString()).toBe('2021-02-29T00:00:00.000Z');
    expect(data['year']).toBe(2020);
    expect(data['text']).toBe('2020-10-26');
  });

  test('points at a scalar value, offset by the lines above the YAML', () => {
    expect(readYaml('a: 1', 1).locate(['a'])).toEqual({ line: 2, column: 4 });
    const yaml = readYaml(text, 1);
    expect(yaml.locate(['published', 'date'])).toEqual({ line: 4, column: 9 });
    expect(yaml.locate(['places', 1])).toEqual({ line: 7, column: 5 });
    expect(yaml.locate(['events', 0, 'when', 'precision'])).toEqual({ line: 10, column: 44 });
  });

  test('points at the key of a group, and at the nearest enclosing field of a missing one', () => {
    const yaml = readYaml(text, 1);
    expect(yaml.locate(['published'])).toEqual({ line: 3, column: 1 });
    expect(yaml.locate(['published', 'precision'])).toEqual({ line: 3, column: 1 });
    expect(yaml.locate(['events', 0, 'summary'])).toEqual({ line: 9, column: 5 });
  });

  test('reports a syntax error at its line instead of data', () => {
    const yaml = readYaml('headline: IRGC: clashes\nplaces: []', 1);
    expect(yaml.data).toBeUndefined();
    expect(yaml.errors).toEqual([{ message: 'bad indentation of a mapping entry', position: { line: 2, column: 15 } }]);
  });

  test('refuses a field written twice', () => {
    expect(readYaml('a: 1\na: 2').errors[0]?.message).toBe('duplicated mapping key');
  });
});
