/** Internal source numbers ("source 004") in a file's fields; the body has its own rule. */
import type { Problem } from '../model/problems.ts';
import { SOURCE_LABEL_FIX, sourceLabels } from '../model/sourceLabels.ts';
import type { Parsed } from './read-file.ts';
import { fieldError, textFields } from './text-fields.ts';

/** One problem per field that refers to a source by its internal number, at its line. */
export function sourceLabelProblems(parsed: Parsed<unknown>): Problem[] {
  return [...textFields(parsed.raw)].flatMap(([text, path]) => {
    const [first] = sourceLabels(text);
    return first
      ? [
          fieldError(
            parsed,
            path,
            `"${first.text}" is our internal number for a source article, which readers cannot look up.`,
            SOURCE_LABEL_FIX,
          ),
        ]
      : [];
  });
}
