import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'generated/', 'reports/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Conflicts with no-non-null-assertion (strict), which wins: `as T` where `!` would do.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The client must run in browsers: no Node built-ins anywhere under src/.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'src/ must stay browser-safe.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Use the env helper; process does not exist in browsers.' },
        { name: 'Buffer', message: 'Buffer does not exist in browsers.' },
      ],
    },
  },
  {
    // Commands print through the context's output (cli/common.ts), which neutralises what the
    // service sent; a direct write would put it on the terminal raw.
    files: ['cli/**/*.ts'],
    ignores: ['cli/common.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.object.name='process'][callee.object.property.name=/^std(out|err)$/][callee.property.name='write']",
          message: "Print through the context's output, which neutralises service text.",
        },
      ],
    },
  },
);
