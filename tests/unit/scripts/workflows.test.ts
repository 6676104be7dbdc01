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
    expect(at(/npm install/)).toBeGreaterThan(at(/actions\/setup-node/));
    expect(at(/npm run check:content/)).toBeGreaterThan(at(/npm install/));
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

  test('the deploy workflow builds with the checker and publishes dist/ to GitHub Pages', () => {
    const deploy = read('.github/workflows/deploy.yml');
    const uses = steps(deploy).map((s) => s.uses);
    expect(uses).toEqual(expect.arrayContaining(['actions/upload-pages-artifact@v4', 'actions/deploy-pages@v5']));
    const runs = steps(deploy).map((s) => s.run ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm install --no-audit --no-fund', 'npm run build']));
    expect(Object.keys(deploy.jobs.build.env)).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_PATH']));
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
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
