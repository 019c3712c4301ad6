/** `replylint lsp --stdio`: the language server (to be built). */
export async function runLanguageServer(_args: string[]): Promise<number> {
  process.stderr.write('replylint lsp: not built yet\n');
  return 2;
}
