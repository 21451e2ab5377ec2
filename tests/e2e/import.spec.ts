import path from 'node:path';
import { dialog, goTo, openApp } from './support/app';
import { readIndex } from './support/data-folder';
import { expect, test } from './support/fixtures';

// Importing from the address books coaches really have, through the dialog:
// a tool's own export chosen as a file, and a file whose values are far too long.

const SAMPLES = path.resolve('tests/fixtures/address-books');

test('a Google Contacts export chosen as a file is previewed and imported', async ({ page, host }) => {
  await openApp(page, '/people');
  await page.getByRole('button', { name: 'Import people' }).first().click();
  const importer = dialog(page, 'Import people');
  await importer.getByLabel('Choose a file…').setInputFiles(path.join(SAMPLES, 'google-contacts.csv'));

  const preview = importer.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByRole('status').filter({ hasText: 'ready' })).toContainText('4 ready, 1 with an error, 0 duplicates');
  await preview.getByText('How the file was read (CSV)').click();
  await expect(preview.getByText('E-mail 1 - Value, E-mail 2 - Value')).toBeVisible();
  await expect(preview.getByRole('row', { name: /Ben Carter/ })).toContainText('ben@tallgrass.example');
  await importer.getByRole('button', { name: 'Import 4 people' }).click();
  await expect(importer).toBeHidden();

  await expect(page.getByRole('link', { name: 'Chloé Martin', exact: true })).toBeVisible();
  const index = await readIndex(host.dataDir);
  expect(index.people.map((p) => [p.name, p.email, p.role]).sort()).toEqual([
    ['Amara Ngozi Okafor', 'amara.okafor@brightpath.example', 'Engineering Manager'],
    ['Ben Carter', 'ben@tallgrass.example', 'Founder'],
    ['Chloé Martin', 'chloe@cobalt.example', 'Team Lead'],
    ['Dev Sharma Jr.', 'dev@ledgerleaf.example', 'Co-founder'],
  ]);
});

test('a 5,000-character name wraps inside its cell: every column and the status stay in view', async ({ page }) => {
  await openApp(page, '/');
  await goTo(page, 'people');
  await page.getByRole('button', { name: 'Import people' }).first().click();
  const importer = dialog(page, 'Import people');
  const csv = ['name,email,organisation,role,time zone', `${'Wolfeschlegelsteinhausen'.repeat(209)},long@example.com,Acme,Lead,Europe/Paris`, 'Ana Souza,ana@acme.example,Acme,Team lead,Europe/Lisbon'].join('\n');
  await importer.getByLabel('Or paste the file’s text').fill(csv);
  await importer.getByRole('button', { name: 'Check the file' }).click();

  const preview = importer.getByRole('region', { name: 'Import preview' });
  const longRow = preview.getByRole('row', { name: /long@example\.com/ });
  await expect(longRow).toContainText('Needs fixing');
  const table = preview.getByRole('table');
  const [tableBox, statusBox, nameBox, anaStatus] = await Promise.all([
    importer.boundingBox(),
    longRow.getByRole('cell').last().boundingBox(),
    longRow.getByRole('cell').nth(1).boundingBox(),
    preview.getByRole('row', { name: /Ana Souza/ }).getByRole('cell').last().boundingBox(),
  ]);
  // The status cell ends inside the dialog, and the table needs no sideways scrolling.
  expect(statusBox!.x + statusBox!.width).toBeLessThanOrEqual(tableBox!.x + tableBox!.width);
  expect(await table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  // Clamped to a few lines rather than a wall of text, in the same column as the other rows.
  expect(nameBox!.height).toBeLessThan(120);
  expect(Math.abs(statusBox!.x - anaStatus!.x)).toBeLessThan(1);
  await expect(preview.getByText(/^line 2: name — Name must be at most 120 characters\./)).toBeVisible();
});
