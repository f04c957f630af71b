/**
 * The LeetArxiv panel end to end, against the real judge: browse and filter the problems,
 * open one, insert its starter code, complete it and judge it (AC), then judge a wrong
 * solution (WA, with the failing sample). Screenshots of each state go to docs/images/.
 */
import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';
import type { Locator } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..', '..');
const IMAGES = path.join(REPO, 'docs', 'images');
const PROBLEM = 'jump-hash';

function submission(verdictDir: string, file: string): string {
  return fs.readFileSync(
    path.join(REPO, 'problems', PROBLEM, 'submissions', verdictDir, file),
    'utf-8'
  );
}

async function shot(page: IJupyterLabPageFixture, name: string): Promise<void> {
  await page.waitForTimeout(300); // let the last re-render and MathJax settle
  await page.screenshot({ path: path.join(IMAGES, `labext-${name}.png`) });
}

/** Sets the source of the active notebook's cell, as typing it would. */
async function setSource(page: IJupyterLabPageFixture, index: number, source: string) {
  await page.evaluate(
    ([i, text]) => {
      const notebook = (window as any).jupyterapp.shell.currentWidget.content;
      notebook.activeCellIndex = i;
      notebook.activeCell.model.sharedModel.setSource(text);
    },
    [index, source] as const
  );
}

async function cellSource(page: IJupyterLabPageFixture, index: number): Promise<string> {
  return page.evaluate(i => {
    const notebook = (window as any).jupyterapp.shell.currentWidget.content;
    return notebook.widgets[i].model.sharedModel.getSource() as string;
  }, index);
}

function latest(panel: Locator): Locator {
  return panel.locator('.jp-LeetArxiv-submission').first();
}

test.describe('LeetArxiv panel', () => {
  test.beforeAll(() => {
    fs.mkdirSync(IMAGES, { recursive: true });
  });

  test('browse, open, insert the starter, judge AC then WA', async ({ page }) => {
    await page.notebook.createNew('paper.ipynb');
    await page.sidebar.close('left');
    await page.evaluate(() => (window as any).jupyterapp.commands.execute('leetarxiv:open'));
    await page.sidebar.setWidth(480, 'right');

    const panel = page.locator('#jp-leetarxiv-panel');
    await expect(panel).toBeVisible();
    const problems = panel.locator('.jp-LeetArxiv-problem');
    await expect(problems.first()).toBeVisible();
    const total = await problems.count();
    expect(total).toBeGreaterThan(20);
    await shot(page, 'browser');

    // Filter: easy problems in the hashing field, then a search.
    await panel.getByLabel('Difficulty').selectOption('easy');
    await panel.getByLabel('Field').selectOption('hashing');
    await expect.poll(() => problems.count()).toBeLessThan(total);
    await expect(problems.first()).toBeVisible();
    await panel.getByLabel('Search problems').fill('veach');
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toHaveAttribute('data-problem', PROBLEM);
    await shot(page, 'filter');

    // Open it: the paper, excerpt and statement (with typeset math), samples, starter code.
    await problems.first().click();
    const view = panel.locator('.jp-LeetArxiv-problemView');
    await expect(view.locator('.jp-LeetArxiv-title')).toHaveText('Jump Consistent Hash');
    await expect(view.locator('.jp-LeetArxiv-paper a')).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/1406.2294'
    );
    await expect(view.locator('.jp-LeetArxiv-excerpt .jp-RenderedMarkdown')).not.toBeEmpty();
    await expect(view.locator('.jp-LeetArxiv-statement mjx-container').first()).toBeVisible();
    await expect(view.locator('.jp-LeetArxiv-sample').first()).toBeVisible();
    await shot(page, 'problem');

    // Insert the Python starter into the notebook.
    await view.getByLabel('Starter language').selectOption('python3');
    await view.getByRole('button', { name: 'Insert into notebook' }).click();
    await expect
      .poll(() => cellSource(page, 1))
      .toMatch(/^%%judge python3 jump-hash\n[\s\S]*def jump_hash/);
    expect(await cellSource(page, 0)).toBe('%load_ext jupyter_leetarxiv');
    await view.locator('.jp-LeetArxiv-starter').scrollIntoViewIfNeeded();
    await shot(page, 'starter');

    // Complete it and judge it with the keyboard shortcut: AC in the panel and status bar.
    await setSource(page, 1, `%%judge python3 ${PROBLEM}\n${submission('accepted', 'jump.py')}`);
    await page.locator('.jp-Notebook').focus();
    await page.keyboard.press('Control+Shift+Enter');
    const first = latest(panel);
    await expect(first).toHaveAttribute('data-phase', 'done', { timeout: 120000 });
    await expect(first.locator('.jp-LeetArxiv-submissionHeader .jp-LeetArxiv-badge')).toHaveText(
      'AC'
    );
    await expect(first.locator('tbody tr')).toHaveCount(14);
    await expect(first.locator('tbody tr[data-verdict="AC"]')).toHaveCount(14);
    await expect(page.locator('.jp-LeetArxiv-statusText')).toHaveText('AC 14/14');
    await first.scrollIntoViewIfNeeded();
    await shot(page, 'ac');

    // A wrong solution, judged from the notebook toolbar: WA with the failing sample.
    await setSource(
      page,
      1,
      `%%judge python3 ${PROBLEM}\n${submission('wrong_answer', 'jump_intdiv.py')}`
    );
    await page.locator('.jp-NotebookPanel-toolbar [data-command="leetarxiv:judge-cell"]').click();
    await expect(panel.locator('.jp-LeetArxiv-submission')).toHaveCount(2);
    const second = latest(panel);
    await expect(second).toHaveAttribute('data-phase', 'done', { timeout: 120000 });
    await expect(second.locator('.jp-LeetArxiv-submissionHeader .jp-LeetArxiv-badge')).toHaveText(
      'WA'
    );
    const failed = second.locator('.jp-LeetArxiv-failed');
    await expect(failed).toContainText('Wrong answer on sample sample/01');
    await expect(failed.getByText('Expected', { exact: true })).toBeVisible();
    await expect(failed.getByText('Your output', { exact: true })).toBeVisible();
    await expect(page.locator('.jp-LeetArxiv-statusText')).toHaveText('WA 0/14');
    await second.scrollIntoViewIfNeeded();
    await shot(page, 'wa');

    // The same in the dark theme.
    await page.theme.setDarkTheme();
    await second.scrollIntoViewIfNeeded();
    await shot(page, 'dark');
  });

  test('a cell without a %%judge line: the language is picked, the problem is the open one', async ({
    page
  }) => {
    await page.notebook.createNew('plain.ipynb');
    await page.evaluate(() => (window as any).jupyterapp.commands.execute('leetarxiv:open'));
    const panel = page.locator('#jp-leetarxiv-panel');
    await panel.locator(`.jp-LeetArxiv-problem[data-problem="${PROBLEM}"]`).click();
    await expect(panel.locator('.jp-LeetArxiv-title')).toHaveText('Jump Consistent Hash');

    await setSource(page, 0, submission('accepted', 'jump.py'));
    // From the command palette, as a user without the toolbar would.
    await page.keyboard.press('Control+Shift+C');
    await page.locator('#command-palette input').fill('Judge Cell');
    await page.keyboard.press('Enter');
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('Language of this cell');
    await expect(dialog.locator('select')).toHaveValue('python3'); // the default language
    await dialog.locator('.jp-mod-accept').click();

    // The status bar follows this page's submission only (the store has the first test's too).
    await expect(page.locator('.jp-LeetArxiv-statusText')).toHaveText('AC 14/14', {
      timeout: 120000
    });
    const judged = latest(panel);
    await expect(judged.locator('.jp-LeetArxiv-submissionHeader .jp-LeetArxiv-badge')).toHaveText(
      'AC'
    );
    await expect(judged).toContainText('python3');
  });
});
