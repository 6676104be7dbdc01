import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
interface Step {
  uses?: string;
  run?: string;
}
const steps = (workflow: { jobs: { [job: string]: { steps: Step[] } } }) =>
  Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('repository workflow', () => {
  test('a pull request runs the checker, then every test, browser tests included', () => {
    const pr = read('.github/workflows/pr.yml');
    expect(Object.keys(pr.on)).toEqual(expect.arrayContaining(['pull_request']));
    const runs = steps(pr).map((s) => s.run ?? s.uses ?? '');
    const at = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));
    expect(at(/actions\/setup-node/)).toBeGreaterThanOrEqual(0);
    expect(at(/apt-get install -y -qq chromium/)).toBeGreaterThan(at(/actions\/setup-node/));
    expect(at(/npm ci --no-audit --no-fund/)).toBeGreaterThan(at(/actions\/setup-node/));
    // As annotations on the pull request's changed lines, not only in the log.
    expect(at(/^npm run check:content -- --format github$/)).toBeGreaterThan(at(/npm ci/));
    expect(at(/^npm test$/)).toBeGreaterThan(at(/npm run check:content/));
    expect(steps(pr).find((s) => s.uses?.startsWith('actions/setup-node'))).toMatchObject({
      with: { 'node-version': 20 },
    });
  });

  test('the test command builds with the npm scripts that run the content checker', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    // What scripts/build.ts does with a file the checker refuses is tested by building one:
    // tests/build/contributions.test.ts. Here, only that the commands lead there.
    expect(scripts.build).toBe('node scripts/build.ts');
    expect(scripts.test).toContain('npm run build');
    expect(scripts['check:content']).toBe('node scripts/check-content.ts');
  });

  test('the deploy workflow publishes dist/ to GitHub Pages only after every test passed on the commit', () => {
    const deploy = read('.github/workflows/deploy.yml');
    const pr = read('.github/workflows/pr.yml');
    // The whole pull-request workflow (checker, then `npm test`) runs as a job of the deploy...
    expect(Object.keys(pr.on)).toContain('workflow_call');
    expect(deploy.jobs.test).toMatchObject({ uses: './.github/workflows/pr.yml' });
    // ...and nothing is built for publishing, or published, unless it passed.
    expect(deploy.jobs.build.needs).toBe('test');
    expect(deploy.jobs.deploy.needs).toBe('build');
    const build = deploy.jobs.build.steps as Step[];
    const uses = build.map((s) => s.uses);
    expect(uses).toEqual(expect.arrayContaining(['actions/upload-pages-artifact@v4']));
    expect(deploy.jobs.deploy.steps.map((s: Step) => s.uses)).toEqual(['actions/deploy-pages@v5']);
    const runs = build.map((s) => s.run ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run build']));
    // The published build lives under BASE_PATH: its pages and links are checked as published.
    const checked = runs.findIndex((r) => /html-valid\.test\.ts.*links\.test\.ts/.test(r));
    expect(checked).toBeGreaterThan(runs.indexOf('npm run build'));
    expect(checked).toBeLessThan(uses.indexOf('actions/upload-pages-artifact@v4'));
    expect(Object.keys(deploy.jobs.build.env)).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_PATH']));
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    // One run publishes at a time, and a queued run never cancels one that is publishing.
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  test('Dependabot watches npm and the Actions', () => {
    const ecosystems = read('.github/dependabot.yml').updates.map(
      (u: { 'package-ecosystem': string }) => u['package-ecosystem'],
    );
    expect(ecosystems).toEqual(['npm', 'github-actions']);
  });

  test('a reader can report a correction with a form', () => {
    const form = read('.github/ISSUE_TEMPLATE/correction.yml');
    expect(form.body.filter((b: { type: string }) => b.type !== 'markdown').map((b: { id: string }) => b.id)).toEqual([
      'page',
      'wrong',
      'right',
      'evidence',
      'kind',
    ]);
  });
});
