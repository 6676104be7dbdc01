import { describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../../src/lib/model/integrity.ts';
import { fieldDocs } from '../../../src/lib/authoring/field-reference.ts';
import { eventTranslationSchema, translationSchema } from '../../../src/lib/model/translation.ts';
import { checkTranslations } from '../../../src/lib/model/translationCheck.ts';
import { sampleContent } from '../../support/records.ts';

/** A translation record as the collection gives it: id "<language>/<article id>". */
function translation(id: string, data: object) {
  return {
    id,
    filePath: `content/translations/${id}.md`,
    data: translationSchema.parse({
      headline: 'تیتر ترجمه‌شده',
      summary: 'خلاصهٔ ترجمه‌شدهٔ مقاله در یک جمله.',
      ...data,
    }),
  };
}

const content = sampleContent();
const check = (...records: ReturnType<typeof translation>[]) => checkTranslations(records, content.articles);

describe('checkTranslations', () => {
  test('accepts a translation of a digest and of the events it writes in full', () => {
    const sound = translation('fa/2020-10-26-first', {
      events: {
        deployment: { summary: 'سپاه گفت نیروی زمینی به مرز فرستاده است.' },
        'shelling-claim': { summary: 'ارمنستان گفت نیروهای آذربایجان روستاها را گلوله‌باران کردند.' },
      },
    });
    expect(check(sound, translation('az/2020-11-report', {}))).toEqual([]);
  });

  test('refuses a translation of a digest that does not exist, naming the file', () => {
    const [problem] = check(translation('fa/2020-10-26-frist', {}));
    expect(problem).toMatchObject({
      file: 'content/translations/fa/2020-10-26-frist.md',
      severity: 'error',
      message: 'There is no digest content/articles/2020-10-26-frist.md for this file to translate.',
    });
  });

  test('refuses a language the site does not have, and English', () => {
    const problems = check(translation('de/2020-10-26-first', {}), translation('en/2020-10-26-first', {}));
    expect(problems.map((p) => p.message)).toEqual([
      '"de" is not a language the site is translated into.',
      '"en" is the language the digests are written in: an English digest is edited in content/articles, not translated.',
    ]);
    expect(problems[0]!.fix).toContain('"fa" or "az"');
  });

  test('refuses a translation outside a language folder', () => {
    const [problem] = check(translation('2020-10-26-first', {}));
    expect(problem?.message).toContain('content/translations/<language>/<article id>.md');
  });

  test('refuses an event that no digest writes', () => {
    const [problem] = check(
      translation('fa/2020-10-26-first', { events: { deployment2: { summary: 'رویدادی که وجود ندارد.' } } }),
    );
    expect(problem).toMatchObject({ field: 'events.deployment2', message: 'No digest writes an event "deployment2".' });
    expect(problem?.fix).toContain('"deployment", "shelling-claim"');
  });

  test('refuses an event the digest does not report', () => {
    const [problem] = check(
      translation('fa/2020-11-report', { events: { 'shelling-claim': { summary: 'ادعای گلوله‌باران.' } } }),
    );
    expect(problem?.message).toBe(
      'The digest content/articles/2020-11-report.md does not report the event "shelling-claim".',
    );
  });

  test('sends an event the digest only refers to to the digest that writes it', () => {
    const [problem] = check(
      translation('fa/2020-11-report', { events: { deployment: { summary: 'استقرار نیروهای سپاه.' } } }),
    );
    expect(problem?.message).toContain('refers to "deployment" with `see:`');
    expect(problem?.fix).toContain('content/translations/fa/2020-10-26-first.md');
  });

  test('refuses a translation that changes an event’s date, with the date it gives and the original’s', () => {
    const changed = translation('fa/2020-10-26-first', {
      events: { deployment: { summary: 'سپاه گفت نیرو فرستاده است.', when: { date: '2020-10-24', precision: 'day' } } },
    });
    expect(check(changed)).toEqual([
      {
        file: 'content/translations/fa/2020-10-26-first.md',
        field: 'events.deployment.when',
        message:
          'A translation does not state when: it says 2020-10-24, where the original content/articles/2020-10-26-first.md says 2020-10-25.',
        fix: 'Delete `when` here: the translated page takes it from content/articles/2020-10-26-first.md. If the original is wrong, correct it there.',
        severity: 'error',
      },
    ]);
  });

  test('refuses places and actors even when they copy the original', () => {
    const copied = translation('fa/2020-10-26-first', {
      places: ['khoda-afarin'],
      events: { deployment: { summary: 'سپاه گفت نیرو فرستاده است.', actors: ['irgc'], places: ['jolfa'] } },
    });
    const problems = check(copied);
    expect(problems.map((p) => p.field)).toEqual(['places', 'events.deployment.places', 'events.deployment.actors']);
    expect(problems[0]!.message).toContain('repeats the original');
    expect(problems[1]!.message).toContain('it says jolfa, where the original');
    expect(problems[2]!.message).toContain('repeats the original');
  });

  test('refuses a publication date and a claim', () => {
    const problems = check(
      translation('fa/2020-10-26-first', {
        published: { date: '2020-10-27', precision: 'day' },
        events: { 'shelling-claim': { summary: 'ادعای ارمنستان.', claim: { by: ['azerbaijan'] } } },
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['published', 'events.shelling-claim.claim']);
    expect(problems[0]!.message).toContain('it says 2020-10-27, where the original');
  });
});

describe('checkIntegrity', () => {
  test('refuses the translations the translation check refuses, so the build stops', () => {
    const problems = checkIntegrity({ ...content, translations: [translation('fa/no-such-digest', {})] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('content/translations/fa/no-such-digest.md');
  });
});

describe('translationSchema', () => {
  test('documents every field with a description', () => {
    // The events are a record keyed by event id, which fieldDocs does not enter: check them apart.
    const undocumented = [...fieldDocs(translationSchema), ...fieldDocs(eventTranslationSchema)]
      .filter((doc) => doc.description.trim().length < 5)
      .map((doc) => doc.path);
    expect(undocumented).toEqual([]);
  });

  test('refuses any other field with the schema’s own error', () => {
    expect(
      translationSchema.safeParse({ headline: 'تیتر', summary: 'خلاصهٔ مقاله در یک جمله.', outlet: 'Dawn' }).success,
    ).toBe(false);
  });
});
