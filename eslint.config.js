import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Imports flow one way: app -> sections -> components/markdown -> lib -> model.
    files: ['src/lib/**', 'src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/app/**', '**/sections/**', '**/components/**', '**/markdown/**', '**/content/**'] },
      ],
    },
  },
  {
    files: ['src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', '**/sections/**', '**/content/**'] }] },
  },
  {
    files: ['src/sections/**', 'src/markdown/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**'] }] },
  },
)
