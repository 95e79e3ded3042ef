import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import stylistic from '@stylistic/eslint-plugin';

/** A module path into another package's private files: `<pkg>/src/...`, `<pkg>/lib/...`, scoped packages too. */
const PRIVATE_PATH = '^(@[^/.][^/]*/)?[^/.@][^/]*/(src|lib)(/|$)';
/** The same for a selector's regex, which cannot hold a slash. */
const PRIVATE_PATH_SELECTOR = PRIVATE_PATH.replaceAll('/', '\\x2F');
const PRIVATE_PATH_MESSAGE = "Use the package's public API, not its private files (<pkg>/src/..., <pkg>/lib/...).";
const PROTOTYPE_MESSAGE = "Do not change a prototype: use the library's public API, or wrap it in code of our own.";

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'src/codecs/protobuf/generated/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@stylistic': stylistic },
    rules: {
      // Prettier wraps code at 120 columns; this holds comments to the same width. Strings, template
      // literals, regular expressions and URLs may run longer.
      '@stylistic/max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      // The global Buffer is an accessor on globalThis (on Node 24 as on Node 20): every use calls
      // its getter, which the imported binding does not.
      'no-restricted-globals': [
        'error',
        {
          name: 'Buffer',
          message: "import { Buffer } from 'node:buffer' (the global is a getter, slower on hot paths)",
        },
      ],
    },
  },
  {
    // Libraries are used through their public APIs: no private files, no prototype patches.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: PRIVATE_PATH, message: PRIVATE_PATH_MESSAGE }] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.name='require'] > Literal.arguments[value=/${PRIVATE_PATH_SELECTOR}/]`,
          message: PRIVATE_PATH_MESSAGE,
        },
        {
          selector: `ImportExpression > Literal.source[value=/${PRIVATE_PATH_SELECTOR}/]`,
          message: PRIVATE_PATH_MESSAGE,
        },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name='prototype']",
          message: PROTOTYPE_MESSAGE,
        },
        {
          selector: "AssignmentExpression > MemberExpression.left MemberExpression[property.name='prototype']",
          message: PROTOTYPE_MESSAGE,
        },
        {
          selector:
            "CallExpression[callee.object.name=/^(Object|Reflect)$/][callee.property.name=/^(defineProperty|defineProperties|assign|setPrototypeOf)$/] > MemberExpression.arguments:first-child[property.name='prototype']",
          message: PROTOTYPE_MESSAGE,
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
);
