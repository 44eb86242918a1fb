export type Env = Readonly<Record<string, string | undefined>>;

/** Reads one variable: unset or blank gives the fallback; a parser throws a message naming what is wrong. */
export type ReadVariable = <T>(name: string, fallback: T, parse: (raw: string) => T) => T;

/** A reader of `env` that notes one problem per wrong variable in `problems` (and gives the fallback), so that all are reported together. */
export function envReader(env: Env, problems: string[]): ReadVariable {
  return (name, fallback, parse) => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    try {
      return parse(raw);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      return fallback;
    }
  };
}
