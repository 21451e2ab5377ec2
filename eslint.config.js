import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The architecture's "never" arrows (../shared/ARCHITECTURE.md) are enforced
// here with no-restricted-imports, one block per room, so a wrong import fails
// `npm run lint` instead of waiting for a review to notice it.

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net'];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const noObjectAssign = {
  selector: "CallExpression[callee.object.name='Object'][callee.property.name='assign']",
  message: 'Do not merge objects with Object.assign: untrusted input may carry __proto__ keys.',
};

const serviceArrows = [
  { group: ['electron', 'electron/*'], message: 'Services and the store run without electron (CLI, test host).' },
  { group: ['**/ipc', '**/tests/host/**', 'react', 'react-dom'], message: 'Services never import a transport or UI code.' },
];

// Keys and decrypted text stay in as few files as possible (ARCHITECTURE.md): only these import src/main/vault/.
const VAULT_USERS = ['src/main/services/vault.ts', 'src/main/services/vault-keeper.ts', 'src/main/services/notes-sealing.ts'];
const vaultArrow = { group: ['**/vault/**'], message: 'Only the vault and notes services may import src/main/vault/.' };

const rendererArrows = [
  { group: ['**/main/**', '**/preload/**', 'electron', 'electron/*', 'lowdb', 'lowdb/*', ...nodeBuiltins], message: 'The renderer never imports main, preload, electron, lowdb or node modules; use src/renderer/api.ts.' },
];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': ['error', noObjectAssign],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Nothing outside main/index.ts, main/ipc.ts, main/shell and preload imports electron.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/shell/**', 'src/preload/**'],
    rules: restrict([{ group: ['electron', 'electron/*'], message: 'Only the main-process shell and preload may import electron.' }, vaultArrow]),
  },
  // The contract is shared by both sides: no node, no DOM frameworks, no process code.
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*', 'lowdb', 'lowdb/*', 'react', 'react-dom', ...nodeBuiltins], message: 'src/shared holds only the contract: no node, electron, lowdb or react.' },
      { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared must not depend on either side.' },
    ]),
  },
  // Domain logic is pure: no I/O, no frameworks, no services.
  {
    files: ['src/main/domain/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*', 'lowdb', 'lowdb/*', 'react', 'react-dom', ...nodeBuiltins], message: 'Domain code is pure: no electron, lowdb, node I/O or react.' },
      { group: ['**/services/**', '**/store/**', '**/ipc', '**/dispatch'], message: 'Domain code must not reach into services, the store or transports.' },
    ]),
  },
  // Calendar rules (src/shared/calendar) are the one place both sides reckon dates,
  // recurrence and "is current": a form's preview and a service must never compute a
  // date differently. So they are as pure as domain code, and, like the domain's
  // meeting logic, never read the clock or the machine's zone themselves: "now" and
  // every zone are parameters, which is what lets tests pin them.
  {
    files: ['src/shared/calendar/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*', 'lowdb', 'lowdb/*', 'react', 'react-dom', 'react-router', '@radix-ui/*', '@tanstack/*', 'lucide-react', ...nodeBuiltins], message: 'Calendar rules are pure: no node, electron, lowdb or UI code.' },
      { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'Calendar rules are shared: they must not depend on either side.' },
    ]),
  },
  {
    files: ['src/shared/calendar/**/*.ts', 'src/main/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'process'].map((name) => ({ name, message: 'Pure date and domain code reads no browser or process state; pass what it needs in.' }))],
      'no-restricted-syntax': [
        'error',
        noObjectAssign,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take "now" as a parameter instead of reading the clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take "now" as a parameter instead of reading the clock.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Pure code is deterministic: take ids or a seed as a parameter.' },
      ],
    },
  },
  // Services compose store + domain and never know which transport called them.
  {
    files: ['src/main/services/**/*.ts', 'src/main/store/**/*.ts'],
    rules: restrict([...serviceArrows, vaultArrow]),
  },
  // The keys and the note envelope (src/main/vault) are reached only through the vault's own services (and the notes service to come).
  {
    files: VAULT_USERS,
    rules: restrict(serviceArrows),
  },
  // The renderer talks to main only through src/renderer/api.ts, and its forms validate
  // through ui/form-resolver.ts, which also catches dates the browser could not read.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: restrict([
      ...rendererArrows,
      { group: ['@hookform/resolvers', '@hookform/resolvers/*'], message: 'Validate forms with schemaResolver from src/renderer/ui/form-resolver.ts.' },
    ]),
  },
  {
    files: ['src/renderer/ui/form-resolver.ts'],
    rules: restrict(rendererArrows),
  },
  // Every date is a DateField, so every date input is checked the same way.
  {
    files: ['src/renderer/**/*.tsx'],
    ignores: ['src/renderer/ui/DateField.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noObjectAssign,
        { selector: "JSXAttribute[name.name='type'][value.value='date']", message: 'Use DateField from src/renderer/ui for dates.' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/api.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'circlekeeper', message: 'Only src/renderer/api.ts touches the bridge.' },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
