import { join } from 'node:path';
import { expect, test } from './fixtures';

test.describe('logs people can send', () => {
  test('Settings → Your data opens the logs folder', async ({ launch }) => {
    const app = await launch({ view: 'settings' });
    const { page } = app;
    const data = page.getByRole('region', { name: 'Your data' });
    await data.getByRole('button', { name: 'Open the logs folder' }).click();
    await expect.poll(() => app.main.shell.desktop.openedFolders).toEqual([join(app.userDataDir, 'logs')]);
    await expect(page.getByTestId('data-message')).toHaveText('');
  });

  test("the page's uncaught errors reach the main log", async ({ launch }) => {
    const app = await launch({ view: 'settings' });
    await app.page.evaluate(() => {
      setTimeout(() => {
        throw new Error('planted page error');
      });
      void Promise.reject(new Error('planted page rejection'));
    });
    const pageLines = () =>
      app.main.shell.logger.lines.filter((l) => l.message.startsWith('[page]')).map((l) => l.message);
    await expect
      .poll(pageLines)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\[page\] Error: planted page error/),
          expect.stringMatching(/^\[page\] Error: planted page rejection/),
        ]),
      );
  });
});
