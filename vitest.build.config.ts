import { defineConfig } from 'vitest/config';

/** Tests on the built site in dist/ (run `npm run build` first) and on builds they make themselves. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Each build test may run its own `astro build`; two at once would fight over two cores.
    fileParallelism: false,
  },
});
