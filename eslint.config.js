// @ts-check
/**
 * The linter `npm run lint` runs (and `npm test` with it). Prettier owns the layout; this file
 * holds the rules a formatter cannot see: promises nobody waits for, switches that forget a case,
 * names that hide another, and browser code that reaches for Node or for the schema library.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Prettier's line width, the one width for code and comments alike (Prettier wraps only code). */
const { printWidth } = JSON.parse(readFileSync(new URL('.prettierrc.json', import.meta.url), 'utf8'));

/** Node's own modules, under their bare names (`fs`) and their `node:` names. */
const nodeOnly = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

export default defineConfig(
  { ignores: ['dist/', 'dist.previous-*/', '.astro/', 'node_modules/', 'public/', 'tests/fixtures/', 'test-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A switch over a union names every member, so adding one (a kind, a precision) fails here.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      // A promise nobody awaits loses its error: a build step or a test that fails silently.
      '@typescript-eslint/no-floating-promises': 'error',
      // A name that hides an outer one is read as the outer one.
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': [
        'error',
        { ignoreTypeValueShadow: true, ignoreFunctionTypeParameterNameValueShadow: true },
      ],
      // Prettier never rewraps a comment, so this holds comments to the width it holds code to.
      'max-len': ['error', { code: Infinity, comments: printWidth, ignoreUrls: true }],
      // `const { line, ...rest } = x` is how a copy without `line` is made: not an unused name.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Code shipped to browsers: nothing from Node, and no zod (the schemas are checked at build time;
    // the browser reads data the build already checked, field by field, without a schema library).
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeOnly.map((name) => ({
              name,
              message: 'src/client/ runs in the browser: Node modules are not there.',
            })),
            {
              name: 'astro/zod',
              message: 'src/client/ ships to browsers: parse data by hand (see map-data.ts), not with zod.',
            },
            {
              name: 'zod',
              message: 'src/client/ ships to browsers: parse data by hand (see map-data.ts), not with zod.',
            },
          ],
          patterns: [
            { group: ['node:*'], message: 'src/client/ runs in the browser: Node modules are not there.' },
            { group: ['zod/*'], message: 'src/client/ ships to browsers: parse data by hand, not with zod.' },
          ],
        },
      ],
    },
  },
  {
    // Type information comes from TypeScript's language service, which reads .ts and .js files;
    // .astro files and the scripts inside them are linted without it.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
    },
  },
);
