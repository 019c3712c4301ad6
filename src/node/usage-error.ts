/** A command-line mistake: reported as `replylint: <message>` with exit code 2. */
export class UsageError extends Error {}
