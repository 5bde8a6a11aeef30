// Flat config: typescript-eslint type-checked rules, the Power Apps rules and React hooks.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import powerApps from "@microsoft/eslint-plugin-power-apps";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  {
    ignores: ["node_modules/**", "out/**", "generated/**", "obj/**", "bin/**", "Solutions/dist/**",
      "test-results/**", "playwright-report/**", "bench-results/**", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "webpack.config.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ["OrdersGrid/**/*.{ts,tsx}"],
    plugins: { "@microsoft/power-apps": powerApps, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...powerApps.configs.paCheckerHosted.rules,
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ["test/**/*.{ts,tsx}", "scripts/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ["eslint.config.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["webpack.config.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
);
