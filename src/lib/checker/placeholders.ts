/** The scaffold's placeholders left in a file's fields (the body has its own rule). */
import type { Problem } from '../model/problems.ts';
import { TODO } from '../model/placeholder.ts';
import type { Parsed } from './read-file.ts';
import { fieldError, textFields } from './text-fields.ts';

/** One problem per field that still holds "TODO", at its line. */
export function placeholderProblems(parsed: Parsed<unknown>): Problem[] {
  return [...textFields(parsed.raw)]
    .filter(([text]) => text.includes(TODO))
    .map(([, path]) =>
      fieldError(
        parsed,
        path,
        'The scaffold\'s placeholder "TODO" is still here.',
        'Fill in the field, or delete the line if the field is optional and does not apply.',
      ),
    );
}
