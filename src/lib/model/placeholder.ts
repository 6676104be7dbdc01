/**
 * Marks what a contributor still has to write: the scaffolder writes it wherever a field or the
 * body needs their words, and the content checker reports every one left behind.
 */
export const TODO = 'TODO';
