import { BadRequestException } from '@nestjs/common';

/** How many times a parameter may be given. */
export type ParamSpec = Readonly<Record<string, 'one' | 'many'>>;

/** The query as Express parses it: a string, or a list when the parameter is repeated. */
export type RawQuery = Readonly<Record<string, unknown>>;

/** The parameters given, each with its non-blank values. */
export type QueryValues = ReadonlyMap<string, readonly string[]>;

/**
 * Checks a query against what the endpoint accepts: an unknown parameter or a single one given twice is a 400
 * that names it. Blank values count as absent, as an empty form field submits them.
 */
export function readQuery(raw: RawQuery, spec: ParamSpec): QueryValues {
  const values = new Map<string, string[]>();
  for (const [name, value] of Object.entries(raw)) {
    const accepted = spec[name];
    if (accepted === undefined) {
      const known = Object.keys(spec);
      throw new BadRequestException(
        known.length === 0
          ? `unknown query parameter "${name}": this address takes no parameter`
          : `unknown query parameter "${name}": this address accepts ${known.join(', ')}`,
      );
    }
    const given = (Array.isArray(value) ? value : [value]).map((item) => (typeof item === 'string' ? item.trim() : ''));
    const nonBlank = given.filter((item) => item !== '');
    if (accepted === 'one' && nonBlank.length > 1) throw new BadRequestException(`${name}: give it once (got ${nonBlank.length} values)`);
    if (nonBlank.length > 0) values.set(name, nonBlank);
  }
  return values;
}

export function single(values: QueryValues, name: string): string | null {
  return values.get(name)?.[0] ?? null;
}

/** Every value of a repeatable parameter, comma-separated lists split: `kind=a&kind=b` or `kind=a,b`. */
export function list(values: QueryValues, name: string): string[] {
  return (values.get(name) ?? []).flatMap((value) => value.split(',').map((item) => item.trim()).filter(Boolean));
}
