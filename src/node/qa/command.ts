/** `replylint qa` and `replylint qa-merge` (to be built). */
export async function runQa(_args: string[]): Promise<number> {
  process.stderr.write('replylint qa: not built yet\n');
  return 2;
}
export async function runQaMerge(_args: string[]): Promise<number> {
  process.stderr.write('replylint qa-merge: not built yet\n');
  return 2;
}
