import { describe, expect, test } from 'vitest';
import { educate } from '../../../src/markdown/typography.ts';
import { digestPipeline } from '../../../src/markdown/processor.ts';

const render = async (markdown: string) => String(await digestPipeline().process(markdown));

describe('typographic punctuation', () => {
  test.each([
    ['double quotes', '"A border of friendship," he said.', '“A border of friendship,” he said.'],
    ['apostrophes', "Iran's border and the Guards' units", 'Iran’s border and the Guards’ units'],
    ['single quotes', "the 'red line' again", 'the ‘red line’ again'],
    ['a decade', "the '90s", 'the ’90s'],
    ['a quote inside a quote', `"He called it 'unacceptable'."`, '“He called it ‘unacceptable’.”'],
    ['a quote after a dash or bracket', '("no change") --"none"', '(“no change”) —“none”'],
    ['dashes', 'Iran -- and Armenia --- too', 'Iran — and Armenia — too'],
    ['an ellipsis', 'and then... nothing. . .', 'and then… nothing…'],
    ['text with nothing to do', 'Jolfa, 2020-10-25', 'Jolfa, 2020-10-25'],
  ])('%s', (_, input, output) => {
    expect(educate(input, '')).toBe(output);
  });

  test('a quote at the start of a text closes when a word comes before it', () => {
    expect(educate('" said Mousavi.', 'p')).toBe('” said Mousavi.');
    expect(educate('"Friendship"', ' ')).toBe('“Friendship”');
  });

  test('pairs quotes across links and emphasis in one paragraph', async () => {
    expect(await render('He called it "[a border of friendship](https://example.org)" and *"secure"*.')).toBe(
      '<p>He called it “<a href="https://example.org">a border of friendship</a>” and <em>“secure”</em>.</p>',
    );
  });

  test('leaves code as written', async () => {
    expect(await render('Type `"quotes"` as "quotes".')).toBe('<p>Type <code>"quotes"</code> as “quotes”.</p>');
  });

  test('starts each paragraph afresh', async () => {
    expect(await render('word\n\n"Quote"')).toBe('<p>word</p>\n<p>“Quote”</p>');
  });
});
