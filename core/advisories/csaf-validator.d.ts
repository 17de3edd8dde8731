// csaf-validator-lib ships JavaScript with JSDoc only; the tests need these two entry points.
declare module '@secvisogram/csaf-validator-lib/basic.js' {
  const tests: Record<string, (doc: unknown) => unknown>;
  export = tests;
}
declare module '@secvisogram/csaf-validator-lib/validateStrict.js' {
  export default function validateStrict(tests: unknown[], doc: unknown): Promise<unknown>;
}
