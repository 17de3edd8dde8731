/** What every npm script here does on a bad input: one line naming the command and the problem, then exit 1. */
export function failer(command: string): (message: string) => never {
  return (message) => {
    console.error(`npm run ${command}: ${message}`);
    process.exit(1);
  };
}

/** The value after `--name` on the command line, if given. */
export function option(name: string, argv: readonly string[] = process.argv): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
