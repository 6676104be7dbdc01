/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests: pure modules, no build and no browser. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
