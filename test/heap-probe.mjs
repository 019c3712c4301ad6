// Run by privacy.test.ts in its own process: lints a message holding a secret, then reports
// whether any object still reachable in the heap holds the secret's text.
// Usage: node --expose-gc test/heap-probe.mjs <dist entry> <secret, reversed> <mode>
import { getHeapSnapshot } from 'node:v8';
import { pathToFileURL } from 'node:url';

const [entry, reversed, mode] = process.argv.slice(2);
const replylint = await import(pathToFileURL(entry).href);
let keep; // a linter kept alive, as a helpdesk plugin keeps one for the session

function run() {
  const secret = [...reversed].reverse().join('');
  const messages = [
    `Здравствуйте! Третий раз пишу, мой пароль ${secret} не подходит, Ирина ${secret}ова.`,
    `Hello, third time writing: my password ${secret} does not work, ${secret.toUpperCase()} please help!!!`,
  ];
  const replies = ['Здравствуйте. Проверим.', 'Hi. We will check.'];
  if (mode === 'lint') {
    for (let i = 0; i < 2; i++) replylint.lint({ message: messages[i], reply: replies[i], channel: 'social' });
  } else {
    keep = replylint.createLinter({ preset: 'strict' });
    for (let i = 0; i < 2; i++) keep.lint({ message: messages[i], reply: replies[i], channel: 'social' });
    if (mode === 'dispose') keep.dispose();
  }
}

run();
globalThis.gc();
let text = '';
for await (const chunk of getHeapSnapshot()) text += chunk;
const secret = [...reversed].reverse().join('');
process.stdout.write(JSON.stringify({ held: text.includes(secret) || text.includes(secret.toUpperCase()), linters: keep ? 1 : 0 }));
