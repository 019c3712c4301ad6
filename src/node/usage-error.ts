/** A command-line mistake: reported as `replylint: <message>` with exit code 2. */
export class UsageError extends Error {}

/** An option that takes a whole number of at least `min` (`undefined` when not given). */
export function wholeNumberOption(option: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < min) throw new UsageError(`${option} takes a whole number of at least ${min}, got "${value}"`);
  return number;
}
