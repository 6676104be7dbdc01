/** Direction overrides in a file's fields (the body has its own rule, `rules/no-direction-overrides.ts`). */
import { findOverride, overrideFix, overrideMessage } from '../model/direction-controls.ts';
import type { Problem } from '../model/problems.ts';
import type { Parsed } from './read-file.ts';
import { fieldError, textFields } from './text-fields.ts';

/** One problem per field value, or field name, that holds an override or embedding, at its line. */
export function directionOverrideProblems(parsed: Parsed<unknown>): Problem[] {
  return [...textFields(parsed.raw, [], true)].flatMap(([text, path]) => {
    const found = findOverride(text);
    return found ? [fieldError(parsed, path, overrideMessage(found.char), overrideFix(found.char))] : [];
  });
}
