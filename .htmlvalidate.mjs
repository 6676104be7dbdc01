// html-validate's rules for the built site (tests/build/html-valid.test.ts; by hand:
// `npx html-validate -f json=report.json dist/`). Every rule the recommended preset holds applies,
// except the ones below, each with the reason it does not fit these pages.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // A map's <svg> is named by its own <title> through aria-labelledby, as SVG-AAM describes. It
    // cannot take role="img" instead: that would hide the marker links inside it from assistive
    // technology. The rule still holds for every other element.
    'aria-label-misuse': ['error', { elements: { exclude: ['svg'] } }],
    // A digest's page title is its article's headline as published, then the site's name; the site
    // never shortens a quoted headline. Search engines cut a long title where they show it.
    'long-title': 'off',
    // The timeline's filter form applies each field as it changes and announces the result in a
    // live status line; it has no submit step (its script cancels submission) and without
    // JavaScript it is not shown. A submit button would do nothing.
    'wcag/h32': 'off',
  },
});
